using AllianceRules.Facts;
using NRules.Fluent.Dsl;

namespace AllianceRules.Rules;

[Name("Needs.GenerousAidWhileBalancing")]
[Description("While balancing, the hedging state needs generous military and economic aid from its patron, at least as much as the package its patron gave in the 1980s.")]
[Tag("C18"), Tag("C28")]
[Priority(RulePriority.Needs)]
internal sealed class GenerousAidWhileBalancing() : NeedFromPatronWhileBalancing(Need.GenerousAid);
