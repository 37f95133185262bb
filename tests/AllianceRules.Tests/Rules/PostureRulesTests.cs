using AllianceRules.Conclusions;
using AllianceRules.Facts;
using AllianceRules.Facts.Derived;
using AllianceRules.Tests.Support;
using static AllianceRules.Tests.Support.Build;

namespace AllianceRules.Tests.Rules;

/// <summary>One test per row of the rulebook's Posture table: which rule fired, on which facts, with which claims.</summary>
public class PostureRulesTests
{
    [Theory]
    [InlineData(RelationLevel.Good, false)]
    [InlineData(RelationLevel.Stable, false)]
    [InlineData(RelationLevel.Stable, true)]
    public void Bandwagon_RelationsGoodOrStable_FiresOnRelationAlone(RelationLevel level, bool settlementFailed)
    {
        var relation = Relation(level, settlementFailed);
        var posture = TestEngine.Assess(Scenario(relation, Power())).Posture;

        Assert.Equal(Posture.Bandwagon, posture.Value);
        var rule = Assert.Single(posture.Because);
        Assert.Equal("Posture.BandwagonWhenRelationsGoodOrStable", rule.Rule);
        Assert.Equal(["C01", "C02", "C03"], posture.Claims);
        var fact = Assert.Single(rule.Matched);
        Assert.Equal(nameof(RelationState), fact.Fact);
        Assert.True(fact.IsInput);
    }

    [Theory]
    [InlineData(RelationLevel.Strained)]
    [InlineData(RelationLevel.Hostile)]
    public void SeekSettlement_RelationsBadSettlementNotFailed_FiresEvenWithPatron(RelationLevel level)
    {
        var posture = TestEngine.Assess(Scenario(Relation(level), Power())).Posture;

        Assert.Equal(Posture.SeekSettlement, posture.Value);
        Assert.Equal("Posture.SeekSettlementUntilSettlementFails", Assert.Single(posture.Because).Rule);
        Assert.Equal(["C02", "C20"], posture.Claims);
    }

    [Theory]
    [InlineData(RelationLevel.Strained)]
    [InlineData(RelationLevel.Hostile)]
    public void Balance_SettlementFailedWithPatron_MatchesRelationAndPatron(RelationLevel level)
    {
        var patron = Power("Patron");
        var posture = TestEngine.Assess(Scenario(Relation(level, settlementFailed: true), patron)).Posture;

        Assert.Equal(Posture.Balance, posture.Value);
        var rule = Assert.Single(posture.Because);
        Assert.Equal("Posture.BalanceWithPatronWhenSettlementFailed", rule.Rule);
        Assert.Equal(["C05", "C19", "C20"], posture.Claims);
        Assert.Equal([nameof(RelationState), nameof(CandidatePatron)], rule.Matched.Select(m => m.Fact));
        var patronFact = rule.Matched[1];
        Assert.False(patronFact.IsInput);
        var patronRule = Assert.Single(patronFact.Because!);
        Assert.Equal("Geography.CandidatePatronWhenContainingFromAfar", patronRule.Rule);
        Assert.Equal(["C08", "C09"], patronRule.Claims);
        Assert.Equal("Patron: extra-regional, stance Containment, resolve Demonstrated, will fight on land, respects the political system",
            Assert.Single(patronRule.Matched).Text);
    }

    [Fact]
    public void Balance_SettlementFailedWithPatronAndARetrenchingPower_PatronWins()
    {
        var scenario = Scenario(
            Relation(RelationLevel.Hostile, settlementFailed: true),
            Power("Patron"),
            Power("Retrencher", stance: Stance.Rapprochement));

        var posture = TestEngine.Assess(scenario).Posture;

        Assert.Equal(Posture.Balance, posture.Value);
        Assert.Equal("Posture.BalanceWithPatronWhenSettlementFailed", Assert.Single(posture.Because).Rule);
    }

    [Theory]
    [MemberData(nameof(NoPatronNoRetrenchment), DisableDiscoveryEnumeration = true)]
    public void Balance_SettlementFailedWithNoPatronAndNoneRetrenching_BalancesAlone(GreatPower[] powers)
    {
        var posture = TestEngine.Assess(Scenario(Relation(RelationLevel.Hostile, settlementFailed: true), powers)).Posture;

        Assert.Equal(Posture.Balance, posture.Value);
        var rule = Assert.Single(posture.Because);
        Assert.Equal("Posture.BalanceAloneWhenSettlementFailed", rule.Rule);
        Assert.Equal(["C05", "C19", "C20"], posture.Claims);
        Assert.Equal(nameof(RelationState), Assert.Single(rule.Matched).Fact);
    }

    public static TheoryData<GreatPower[]> NoPatronNoRetrenchment() => new()
    {
        Array.Empty<GreatPower>(),
        new[] { Power("Bystander", stance: Stance.Neutral) },
        new[] { Power("Regional", extraRegional: false) },
    };

    [Fact]
    public void Accommodate_SettlementFailedNoPatronOneRetrenching_MatchesTheRetrencher()
    {
        var retrencher = Power("Retrencher", stance: Stance.Rapprochement, resolve: Resolve.Wavering);
        var scenario = Scenario(
            Relation(RelationLevel.Hostile, settlementFailed: true),
            retrencher,
            Power("Bystander", stance: Stance.Neutral));

        var posture = TestEngine.Assess(scenario).Posture;

        Assert.Equal(Posture.Accommodate, posture.Value);
        var rule = Assert.Single(posture.Because);
        Assert.Equal("Posture.AccommodateWhenPatronRetrenches", rule.Rule);
        Assert.Equal(["C26", "C27"], posture.Claims);
        Assert.Equal([nameof(RelationState), nameof(GreatPower)], rule.Matched.Select(m => m.Fact));
        Assert.StartsWith("Retrencher:", rule.Matched[1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Accommodate_RelationsStable_DoesNotFire()
    {
        var scenario = Scenario(Relation(RelationLevel.Stable, settlementFailed: true), Power("Retrencher", stance: Stance.Rapprochement));

        Assert.Equal(Posture.Bandwagon, TestEngine.Assess(scenario).Posture.Value);
    }

    [Fact]
    public void ActivePatron_WhileBalancing_EachCandidatePatronOnly()
    {
        var scenario = Scenario(
            Relation(RelationLevel.Hostile, settlementFailed: true),
            Power("Patron"),
            Power("Bystander", stance: Stance.Neutral));

        var derived = Assert.Single(TestEngine.Derived<ActivePatron>(scenario));

        Assert.Equal("Patron", derived.Fact.Power.Name);
        Assert.Equal("Posture.ActivePatronWhileBalancing", derived.Rule);
        Assert.Equal([typeof(PostureConclusion), typeof(CandidatePatron)], derived.Matched.Select(m => m.GetType()));
    }

    [Fact]
    public void ActivePatron_NotWhileBandwagoning()
    {
        Assert.Empty(TestEngine.Derived<ActivePatron>(Scenario(Relation(RelationLevel.Stable), Power("Patron"))));
    }
}
