using AllianceRules.Facts;
using NRules.Fluent.Dsl;

namespace AllianceRules.Rules;

[Name("Needs.RespectPoliticalSystemWhileBalancing")]
[Description("While balancing, the hedging state needs its patron to respect its political system.")]
[Tag("C44")]
[Priority(RulePriority.Needs)]
internal sealed class RespectPoliticalSystemWhileBalancing() : NeedFromPatronWhileBalancing(Need.RespectPoliticalSystem);
