using AllianceRules.Facts;
using NRules.Fluent.Dsl;

namespace AllianceRules.Rules;

[Name("Offers.AcceptCapacityBuildingFromPatron")]
[Description("While balancing, the hedging state is open to an alliance with a patron, and so, a fortiori, to its help in building the hedging state's own capacity; the article does not say so (D26).")]
[Tag("C06"), Tag("D26")]
[Priority(RulePriority.Offers)]
internal sealed class AcceptCapacityBuildingFromPatron() : AcceptFromPatronWhileBalancing(OfferKind.CapacityBuilding);
