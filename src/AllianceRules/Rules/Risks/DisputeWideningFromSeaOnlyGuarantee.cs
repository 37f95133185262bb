using AllianceRules.Facts;
using NRules.Fluent.Dsl;

namespace AllianceRules.Rules;

[Name("Risks.DisputeWideningFromSeaOnlyGuarantee")]
[Description("While balancing, a patron's guarantee that protects the hedging state at sea but not on land is a risk if the hedging state were to ally on it: allying to protect only its maritime interests would needlessly widen the maritime disputes, through the security dilemma.")]
[Tag("C54")]
[Priority(RulePriority.Risks)]
internal sealed class DisputeWideningFromSeaOnlyGuarantee() : SeaOnlyGuaranteeRisk(Risk.DisputeWidening);
