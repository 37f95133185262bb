using AllianceRules.Facts;
using NRules.Fluent.Dsl;

namespace AllianceRules.Rules;

[Name("Offers.AcceptBaseAccessFromPatron")]
[Description("Once balancing, the hedging state opens its bases to a patron's navy and air force, the price of the security it seeks; base access is then no obstacle.")]
[Tag("C22")]
[Priority(RulePriority.Offers)]
internal sealed class AcceptBaseAccessFromPatron() : AcceptFromPatronWhileBalancing(OfferKind.BaseAccess);
