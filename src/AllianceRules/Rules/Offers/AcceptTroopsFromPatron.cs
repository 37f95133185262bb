using AllianceRules.Facts;
using NRules.Fluent.Dsl;

namespace AllianceRules.Rules;

[Name("Offers.AcceptTroopsFromPatron")]
[Description("While balancing, the hedging state takes a patron's troops on its soil, enough to shore up its defence and serve as a tripwire.")]
[Tag("C46")]
[Priority(RulePriority.Offers)]
internal sealed class AcceptTroopsFromPatron() : AcceptFromPatronWhileBalancing(OfferKind.TroopStationing);
