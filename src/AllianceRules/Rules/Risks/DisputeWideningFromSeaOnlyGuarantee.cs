using AllianceRules.Facts;
using NRules.Fluent.Dsl;

namespace AllianceRules.Rules;

[Name("Risks.DisputeWideningFromSeaOnlyGuarantee")]
[Description("Allying to protect only its maritime interests would needlessly widen the maritime disputes, through the security dilemma.")]
[Tag("C54")]
[Priority(RulePriority.Risks)]
internal sealed class DisputeWideningFromSeaOnlyGuarantee() : SeaOnlyGuaranteeRisk(Risk.DisputeWidening);
