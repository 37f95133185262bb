using AllianceRules.Facts;
using NRules.Fluent.Dsl;

namespace AllianceRules.Rules;

[Name("Offers.AcceptArmsSalesFromPatron")]
[Description("While balancing, the hedging state buys a patron's arms, though arms sales alone cannot right a balance tilted toward the neighbour, more so at sea.")]
[Tag("C29")]
[Priority(RulePriority.Offers)]
internal sealed class AcceptArmsSalesFromPatron() : AcceptFromPatronWhileBalancing(OfferKind.ArmsSales);
