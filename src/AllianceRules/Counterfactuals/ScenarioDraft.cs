using AllianceRules.Facts;

namespace AllianceRules.Counterfactuals;

/// <summary>
/// A scenario being changed. Lists keep their original indexes until the draft is built (a
/// removal leaves a hole), so that changes located by index can be combined in any order.
/// </summary>
internal sealed class ScenarioDraft
{
    private readonly Scenario _original;

    public ScenarioDraft(Scenario original)
    {
        _original = original;
        Relation = original.Relation;
        Powers = [.. original.Powers];
        Geography = [.. original.Geography];
        Offers = [.. original.Offers];
    }

    public RelationState Relation { get; set; }

    public List<GreatPower> Powers { get; }

    public List<GeographyConstraint?> Geography { get; }

    public List<GreatPowerOffer?> Offers { get; }

    /// <summary>The changed scenario. It is a counterfactual, so the record of what happened no longer applies to it.</summary>
    public Scenario Build() => _original with
    {
        Observed = null,
        Relation = Relation,
        Powers = [.. Powers],
        Geography = [.. Geography.OfType<GeographyConstraint>()],
        Offers = [.. Offers.OfType<GreatPowerOffer>()],
    };
}
