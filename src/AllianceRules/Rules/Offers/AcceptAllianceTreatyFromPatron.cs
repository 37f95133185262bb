using AllianceRules.Facts;
using NRules.Fluent.Dsl;

namespace AllianceRules.Rules;

[Name("Offers.AcceptAllianceTreatyFromPatron")]
[Description("While balancing, the hedging state takes a patron's alliance treaty: it is open to an alliance with a great power that contains the neighbour, even at the cost of its preferred strategic autonomy.")]
[Tag("C06")]
[Priority(RulePriority.Offers)]
internal sealed class AcceptAllianceTreatyFromPatron() : AcceptFromPatronWhileBalancing(OfferKind.AllianceTreaty);
