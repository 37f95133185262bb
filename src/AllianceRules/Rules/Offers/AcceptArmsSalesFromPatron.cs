using AllianceRules.Facts;
using NRules.Fluent.Dsl;

namespace AllianceRules.Rules;

[Name("Offers.AcceptArmsSalesFromPatron")]
[Description("While balancing, the hedging state is open to an alliance with a patron, and so, a fortiori, to buying its arms; the article does not say so (D26).")]
[Tag("C06"), Tag("D26")]
[Priority(RulePriority.Offers)]
internal sealed class AcceptArmsSalesFromPatron() : AcceptFromPatronWhileBalancing(OfferKind.ArmsSales);
