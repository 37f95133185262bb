using AllianceRules.Facts;
using NRules.Fluent.Dsl;

namespace AllianceRules.Rules;

[Name("Offers.AcceptSecurityGuaranteeFromPatron")]
[Description("While balancing, the hedging state takes a patron's security guarantee: it is what it wants before committing to balance with a great power.")]
[Tag("C06"), Tag("C30")]
[Priority(RulePriority.Offers)]
internal sealed class AcceptSecurityGuaranteeFromPatron() : AcceptFromPatronWhileBalancing(OfferKind.SecurityGuarantee);
