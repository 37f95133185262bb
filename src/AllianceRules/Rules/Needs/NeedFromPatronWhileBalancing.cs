using AllianceRules.Conclusions;
using AllianceRules.Facts;
using AllianceRules.Facts.Derived;
using NRules.Fluent.Dsl;

namespace AllianceRules.Rules;

/// <summary>While balancing, the hedging state needs one thing of every patron; each subclass names the need and its claims.</summary>
internal abstract class NeedFromPatronWhileBalancing(Need need) : Rule
{
    public override void Define()
    {
        ActivePatron patron = default!;

        When()
            .Match(() => patron);

        Then()
            .Yield(_ => new NeedConclusion(patron.Power, need));
    }
}
