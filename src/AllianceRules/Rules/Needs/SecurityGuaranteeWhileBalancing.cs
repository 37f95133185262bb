using AllianceRules.Facts;
using NRules.Fluent.Dsl;

namespace AllianceRules.Rules;

[Name("Needs.SecurityGuaranteeWhileBalancing")]
[Description("While balancing, the hedging state needs its patron's security guarantee, like the one its 1978 alliance gave, before it commits to that patron.")]
[Tag("C30")]
[Priority(RulePriority.Needs)]
internal sealed class SecurityGuaranteeWhileBalancing() : NeedFromPatronWhileBalancing(Need.SecurityGuarantee);
