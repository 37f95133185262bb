using AllianceRules.Conclusions;
using AllianceRules.Facts;
using AllianceRules.Facts.Derived;
using AllianceRules.Tests.Support;
using static AllianceRules.Tests.Support.Build;

namespace AllianceRules.Tests.Rules;

/// <summary>
/// One test per row of the rulebook's Responses table: the rule that answered the offer, its claims,
/// the offer it matched, and that no sibling answered too. The answer each rule gives is the theory:
/// it is pinned, over every offer, by the decision table and the episodes' conclusions snapshots,
/// which the accept command updates and review reads; a rule's test does not restate it.
/// </summary>
public class OffersRulesTests
{
    private static ResponseFinding ResponseTo(Scenario scenario, GreatPowerOffer offer)
    {
        var assessment = TestEngine.Assess(scenario);
        Assert.Equal(scenario.Offers.Count, assessment.Responses.Count);
        return Assert.Single(assessment.Responses, r => r.From == offer.From && r.Kind == offer.Kind);
    }

    private static void AssertDrawnBy(ResponseFinding response, string rule, params string[] claims)
    {
        Assert.NotEqual(Decision.NoClaim, response.Decision);
        var justification = Assert.Single(response.Because);
        Assert.Equal(rule, justification.Rule);
        Assert.Equal(claims, response.Claims);
        Assert.Contains(justification.Matched, m => m.Fact == nameof(GreatPowerOffer) && m.IsInput);
    }

    [Theory]
    [InlineData(OfferKind.PartnershipUpgrade)]
    [InlineData(OfferKind.AllianceTreaty)]
    [InlineData(OfferKind.SecurityGuarantee)]
    [InlineData(OfferKind.TroopStationing)]
    public void Reject_AlignmentWhileBandwagoning(OfferKind kind)
    {
        var offer = kind.IsGuarantee() ? Offer("Sea Patron", kind, Domain.Sea) : Offer("Sea Patron", kind);

        var response = ResponseTo(WithPatrons(Stable, offer), offer);

        AssertDrawnBy(response, "Offers.RejectAlignmentWhileBandwagoning", "C04", "C15");
    }

    [Fact]
    public void Reject_BaseAccessWhileBandwagoning_CitesThe1975Precedent()
    {
        var offer = Offer("Land Patron", OfferKind.BaseAccess, Domain.Sea);

        var response = ResponseTo(WithPatrons(Stable, offer), offer);

        AssertDrawnBy(response, "Offers.RejectBaseAccessWhileBandwagoning", "C04", "C13", "C15");
    }

    [Fact]
    public void Accept_CapacityBuildingWhileBandwagoning()
    {
        var offer = Offer("Sea Patron", OfferKind.CapacityBuilding, Domain.Sea);

        var response = ResponseTo(WithPatrons(Stable, offer), offer);

        AssertDrawnBy(response, "Offers.AcceptCapacityBuildingWhileBandwagoning", "C15", "C35");
    }

    [Theory]
    [InlineData(OfferKind.ArmsSales)]
    [InlineData(OfferKind.MilitaryAid)]
    [InlineData(OfferKind.EconomicAid)]
    public void NoClaim_MaterialOfferWhileBandwagoning(OfferKind kind)
    {
        var offer = Aid("Sea Patron", kind);

        var response = ResponseTo(WithPatrons(Stable, offer), offer);

        Assert.Equal(Decision.NoClaim, response.Decision);
        Assert.Empty(response.Claims);
        Assert.Empty(response.Because);
    }

    [Theory]
    [InlineData(OfferKind.PartnershipUpgrade)]
    [InlineData(OfferKind.BaseAccess)]
    [InlineData(OfferKind.AllianceTreaty)]
    [InlineData(OfferKind.SecurityGuarantee)]
    [InlineData(OfferKind.TroopStationing)]
    public void Defer_AlignmentWhileSeekingSettlement(OfferKind kind)
    {
        var offer = kind.IsGuarantee() ? Offer("Land Patron", kind, Domain.Land) : Offer("Land Patron", kind);

        var response = ResponseTo(WithPatrons(Strained, offer), offer);

        AssertDrawnBy(response, "Offers.DeferAlignmentWhileSeekingSettlement", "C20");
    }

    [Theory]
    [InlineData(OfferKind.ArmsSales)]
    [InlineData(OfferKind.MilitaryAid)]
    [InlineData(OfferKind.EconomicAid)]
    [InlineData(OfferKind.CapacityBuilding)]
    public void NoClaim_MaterialOfferWhileSeekingSettlement(OfferKind kind)
    {
        var offer = Aid("Land Patron", kind);

        Assert.Equal(Decision.NoClaim, ResponseTo(WithPatrons(Strained, offer), offer).Decision);
    }

    [Theory]
    [InlineData(OfferKind.AllianceTreaty, "Offers.AcceptAllianceTreatyFromPatron", new[] { "C06" })]
    [InlineData(OfferKind.SecurityGuarantee, "Offers.AcceptSecurityGuaranteeFromPatron", new[] { "C06", "C30" })]
    [InlineData(OfferKind.BaseAccess, "Offers.AcceptBaseAccessFromPatron", new[] { "C22" })]
    [InlineData(OfferKind.TroopStationing, "Offers.AcceptTroopsFromPatron", new[] { "C46" })]
    [InlineData(OfferKind.MilitaryAid, "Offers.AcceptAidFromPatron", new[] { "C18" })]
    [InlineData(OfferKind.EconomicAid, "Offers.AcceptAidFromPatron", new[] { "C18" })]
    public void Accept_AnyOfferFromPatronWhileBalancing(OfferKind kind, string rule, string[] claims)
    {
        var offer = kind.IsGuarantee() ? Offer("Sea Patron", kind, Domain.Land, Domain.Sea) : Aid("Sea Patron", kind);

        var response = ResponseTo(WithPatrons(HostileAfterFailedSettlement, offer), offer);

        AssertDrawnBy(response, rule, claims);
        Assert.Empty(response.Decisions);
        Assert.Contains(response.Because[0].Matched, m => m.Fact == nameof(ActivePatron));
    }

    [Theory]
    [InlineData(OfferKind.CapacityBuilding, "Offers.AcceptCapacityBuildingFromPatron")]
    [InlineData(OfferKind.ArmsSales, "Offers.AcceptArmsSalesFromPatron")]
    [InlineData(OfferKind.PartnershipUpgrade, "Offers.AcceptPartnershipUpgradeFromPatron")]
    public void Accept_LesserCooperationFromPatronWhileBalancing_IsInferred(OfferKind kind, string rule)
    {
        // v2: the article does not say these are accepted; C06 a fortiori, and the reading is D26.
        // C29 says arms sales are not enough and C17 that labels matter less: neither states it.
        var offer = Aid("Sea Patron", kind);

        var response = ResponseTo(WithPatrons(HostileAfterFailedSettlement, offer), offer);

        AssertDrawnBy(response, rule, ["C06"]);
        Assert.Equal(["D26"], response.Decisions);
        Assert.Equal(["D26"], response.Because[0].Decisions);
    }

    [Theory]
    [InlineData(Stance.Neutral, true)]
    [InlineData(Stance.Rapprochement, true)]
    [InlineData(Stance.Containment, false)]
    public void NoClaim_OfferFromNonPatronWhileBalancing(Stance stance, bool extraRegional)
    {
        var outsider = Power("Outsider", extraRegional: extraRegional, stance: stance);
        var offer = Offer("Outsider", OfferKind.AllianceTreaty, Domain.Sea);
        var scenario = WithPatrons(HostileAfterFailedSettlement, offer) with { Powers = [LandPatron, SeaPatron, outsider] };

        var assessment = TestEngine.Assess(scenario);

        Assert.Equal(Posture.Balance, assessment.Posture.Value);
        Assert.Equal(Decision.NoClaim, Assert.Single(assessment.Responses).Decision);
    }

    [Theory]
    [InlineData(OfferKind.AllianceTreaty)]
    [InlineData(OfferKind.EconomicAid)]
    public void NoClaim_AnyOfferWhileAccommodating(OfferKind kind)
    {
        var retrencher = Power("Retrencher", stance: Stance.Rapprochement);
        var offer = kind.IsGuarantee() ? Offer("Retrencher", kind, Domain.Land) : Aid("Retrencher", kind);
        var scenario = new Scenario { Relation = HostileAfterFailedSettlement, Powers = [retrencher], Offers = [offer] };

        var assessment = TestEngine.Assess(scenario);

        Assert.Equal(Posture.Accommodate, assessment.Posture.Value);
        Assert.Equal(Decision.NoClaim, Assert.Single(assessment.Responses).Decision);
    }

    [Fact]
    public void Responses_OnePerOffer_InStableOrder()
    {
        var scenario = WithPatrons(
            HostileAfterFailedSettlement,
            Aid("Sea Patron", OfferKind.EconomicAid, 1m),
            Aid("Sea Patron", OfferKind.EconomicAid, 2m),
            Offer("Land Patron", OfferKind.BaseAccess));

        var responses = TestEngine.Assess(scenario).Responses;

        Assert.Equal(["Land Patron", "Sea Patron", "Sea Patron"], responses.Select(r => r.From));
        Assert.All(responses, r => Assert.Equal(Decision.Accept, r.Decision));
        Assert.Contains("US$1 a year", responses[1].Because[0].Matched[^1].Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Stance.Rapprochement, true)]
    [InlineData(Stance.Neutral, true)]
    [InlineData(Stance.Containment, false)]
    public void NoClaim_AlignmentFromNonPatronWhileBandwagoning(Stance stance, bool extraRegional)
    {
        // v2: C04 is about extra-regional powers that court the periphery at the neighbour's expense;
        // of a power making up with the neighbour, or a regional one, the article says nothing.
        var other = Power("Other", extraRegional: extraRegional, stance: stance);
        var upgrade = Offer("Other", OfferKind.PartnershipUpgrade);
        var bases = Offer("Other", OfferKind.BaseAccess);
        var scenario = new Scenario { Relation = Relation(RelationLevel.Stable), Powers = [other], Offers = [upgrade, bases] };

        var assessment = TestEngine.Assess(scenario);

        Assert.All(assessment.Responses, r => Assert.Equal(Decision.NoClaim, r.Decision));
        Assert.DoesNotContain(assessment.Risks, r => r.Risk == Risk.ChineseSuspicion);
    }

    [Fact]
    public void NoClaim_AlignmentFromNonPatronWhileSeekingSettlement()
    {
        var other = Power("Other", stance: Stance.Neutral);
        var treaty = Offer("Other", OfferKind.AllianceTreaty, Domain.Land);

        var response = ResponseTo(new Scenario { Relation = Strained, Powers = [other], Offers = [treaty] }, treaty);

        Assert.Equal(Decision.NoClaim, response.Decision);
    }

    [Fact]
    public void Defer_And_CapacityBuilding_AreInferred()
    {
        var defer = Offer("Sea Patron", OfferKind.AllianceTreaty, Domain.Sea);
        var capacity = Aid("Sea Patron", OfferKind.CapacityBuilding);

        Assert.Equal(["D25"], ResponseTo(WithPatrons(Strained, defer), defer).Decisions);
        Assert.Equal(["D24"], ResponseTo(WithPatrons(Relation(RelationLevel.Good), capacity), capacity).Decisions);
    }
}
