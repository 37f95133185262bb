using AllianceRules.Facts;
using NRules.Fluent.Dsl;

namespace AllianceRules.Rules;

[Name("Needs.LandAndSeaProtectionWhileBalancing")]
[Description("While balancing, the hedging state needs its patron to show that it can protect it both on land and at sea.")]
[Tag("C45")]
[Priority(RulePriority.Needs)]
internal sealed class LandAndSeaProtectionWhileBalancing() : NeedFromPatronWhileBalancing(Need.LandAndSeaProtection);
