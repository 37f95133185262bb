using AllianceRules.Facts;
using NRules.Fluent.Dsl;

namespace AllianceRules.Rules;

[Name("Offers.AcceptAidFromPatron")]
[Description("While balancing, the hedging state takes a patron's military and economic aid, to withstand the neighbour's coercion, as it took and valued its past patron's package.")]
[Tag("C18"), Tag("C25")]
[Priority(RulePriority.Offers)]
internal sealed class AcceptAidFromPatron() : AcceptFromPatronWhileBalancing(OfferKind.MilitaryAid, OfferKind.EconomicAid);
