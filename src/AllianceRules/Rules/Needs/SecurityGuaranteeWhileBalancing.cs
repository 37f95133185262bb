using AllianceRules.Facts;
using NRules.Fluent.Dsl;

namespace AllianceRules.Rules;

[Name("Needs.SecurityGuaranteeWhileBalancing")]
[Description("Before committing to balance with a great power, the hedging state wants a security guarantee like the Soviet one.")]
[Tag("C30")]
[Priority(RulePriority.Needs)]
internal sealed class SecurityGuaranteeWhileBalancing() : NeedFromPatronWhileBalancing(Need.SecurityGuarantee);
