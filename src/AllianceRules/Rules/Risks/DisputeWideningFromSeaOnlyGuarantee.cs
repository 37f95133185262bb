using AllianceRules.Facts;
using NRules.Fluent.Dsl;

namespace AllianceRules.Rules;

[Name("Risks.DisputeWideningFromSeaOnlyGuarantee")]
[Description("A great power's guarantee that protects the hedging state at sea but not on land is a risk whether or not it is taken up: allying to protect only its maritime interests would needlessly widen the maritime disputes, through the security dilemma.")]
[Tag("C54")]
[Priority(RulePriority.Risks)]
internal sealed class DisputeWideningFromSeaOnlyGuarantee() : SeaOnlyGuaranteeRisk(Risk.DisputeWidening);
