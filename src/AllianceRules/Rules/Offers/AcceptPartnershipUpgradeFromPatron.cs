using AllianceRules.Facts;
using NRules.Fluent.Dsl;

namespace AllianceRules.Rules;

[Name("Offers.AcceptPartnershipUpgradeFromPatron")]
[Description("While balancing, the hedging state is open to an alliance with a patron, and so, a fortiori, to a new label for the partnership; the article does not say so (D26).")]
[Tag("C06"), Tag("D26")]
[Priority(RulePriority.Offers)]
internal sealed class AcceptPartnershipUpgradeFromPatron() : AcceptFromPatronWhileBalancing(OfferKind.PartnershipUpgrade);
