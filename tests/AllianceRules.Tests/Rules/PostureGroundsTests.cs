using AllianceRules.Facts;
using AllianceRules.Scenarios;
using AllianceRules.Tests.Support;

namespace AllianceRules.Tests.Rules;

/// <summary>
/// Which rule draws the posture once relations are bad and the settlement has failed, and so which
/// claims and decisions it rests on: the values are the theory files' to pin, the grounds are
/// these tests'. A power the hedging state relies on that has turned to the neighbour but stays
/// capable keeps it balancing on C27 (rulebook, the paragraph after the posture table), whatever
/// incapable patron stands beside it.
/// </summary>
public class PostureGroundsTests
{
    private static readonly GreatPower Turning = ActorProfiles.SovietUnion with { Stance = Stance.Rapprochement, Resolve = Resolve.Wavering };

    private static readonly GreatPower IncapableContainer = ActorProfiles.UnitedStates with { Capable = false };

    private static Scenario Failed(GreatPower[] powers, params GreatPowerOffer[] offers) => new()
    {
        Relation = new() { Level = RelationLevel.Hostile, SettlementFailed = true },
        Powers = powers,
        Geography = [ActorProfiles.VietnamChinaBorder],
        Offers = offers,
    };

    private static GreatPowerOffer Treaty(GreatPower from) => new() { From = from.Name, Kind = OfferKind.AllianceTreaty, Domains = [Domain.Land, Domain.Sea] };

    private static readonly Dictionary<string, (Scenario Scenario, string Rule)> ByName = new()
    {
        ["relied on, turned, capable"] = (Failed([Turning], Treaty(Turning)), "Posture.BalanceWhileTurningPatronStaysCapable"),
        ["the same, an incapable container beside it"] = (Failed([Turning, IncapableContainer], Treaty(Turning)), "Posture.BalanceWhileTurningPatronStaysCapable"),
        ["the same, the container offering a guarantee too"] = (Failed([Turning, IncapableContainer], Treaty(Turning), Treaty(IncapableContainer)), "Posture.BalanceWhileTurningPatronStaysCapable"),
        ["turned but never relied on, an incapable container"] = (Failed([Turning, IncapableContainer]), "Posture.BalanceWithIncapablePatronWhenSettlementFailed"),
        ["relied on, turned, no longer capable"] = (Failed([Turning with { Capable = false }, IncapableContainer], Treaty(Turning)), "Posture.AccommodateWhenCapablePatronLost"),
        ["nobody relied on, no patron"] = (Failed([Turning]), "Posture.BalanceAloneWhenSettlementFailed"),
    };

    public static TheoryData<string> Cases => [.. ByName.Keys];

    [Theory]
    [MemberData(nameof(Cases))]
    public void Posture_IsDrawnByTheRuleOfItsCase(string name)
    {
        var (scenario, rule) = ByName[name];
        var posture = TestEngine.Assess(scenario).Posture;

        Assert.True(rule == Assert.Single(posture.Because).Rule, $"{name}: drawn by {posture.Because[0].Rule}");
        Assert.Equal(rule.EndsWith("PatronStaysCapable", StringComparison.Ordinal) || rule.EndsWith("CapablePatronLost", StringComparison.Ordinal), posture.Claims.Contains("C27"));
        Assert.Equal(rule.EndsWith("AloneWhenSettlementFailed", StringComparison.Ordinal), posture.Decisions.Contains("D2"));
    }
}
