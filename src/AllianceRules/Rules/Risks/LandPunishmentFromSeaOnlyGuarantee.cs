using AllianceRules.Facts;
using NRules.Fluent.Dsl;

namespace AllianceRules.Rules;

[Name("Risks.LandPunishmentFromSeaOnlyGuarantee")]
[Description("Allying to protect only its maritime interests would justify the neighbour's punishment on land, where coercion in one domain can answer pressure in another.")]
[Tag("C42"), Tag("C54")]
[Priority(RulePriority.Risks)]
internal sealed class LandPunishmentFromSeaOnlyGuarantee() : SeaOnlyGuaranteeRisk(Risk.LandPunishment);
