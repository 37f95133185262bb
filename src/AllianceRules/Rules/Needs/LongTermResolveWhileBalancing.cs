using AllianceRules.Facts;
using NRules.Fluent.Dsl;

namespace AllianceRules.Rules;

[Name("Needs.LongTermResolveWhileBalancing")]
[Description("While balancing, the hedging state needs its patron's resolve to contain the neighbour over the long term, steady through the patron's domestic politics.")]
[Tag("C47"), Tag("C49")]
[Priority(RulePriority.Needs)]
internal sealed class LongTermResolveWhileBalancing() : NeedFromPatronWhileBalancing(Need.LongTermResolve);
