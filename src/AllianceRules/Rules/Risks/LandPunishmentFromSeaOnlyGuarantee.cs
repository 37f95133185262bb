using AllianceRules.Facts;
using NRules.Fluent.Dsl;

namespace AllianceRules.Rules;

[Name("Risks.LandPunishmentFromSeaOnlyGuarantee")]
[Description("While balancing, a patron's guarantee that protects the hedging state at sea but not on land is a risk if the hedging state were to ally on it: allying to protect only its maritime interests would justify the neighbour's punishment on land, where coercion in one domain can answer pressure in another.")]
[Tag("C42"), Tag("C54")]
[Priority(RulePriority.Risks)]
internal sealed class LandPunishmentFromSeaOnlyGuarantee() : SeaOnlyGuaranteeRisk(Risk.LandPunishment);
