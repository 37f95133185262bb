using AllianceRules.Facts;
using NRules.Fluent.Dsl;

namespace AllianceRules.Rules;

[Name("Offers.AcceptPartnershipUpgradeFromPatron")]
[Description("While balancing, a new label with a patron is no longer a danger: between the patron and the hedging state, substance matters more than the label.")]
[Tag("C17")]
[Priority(RulePriority.Offers)]
internal sealed class AcceptPartnershipUpgradeFromPatron() : AcceptFromPatronWhileBalancing(OfferKind.PartnershipUpgrade);
