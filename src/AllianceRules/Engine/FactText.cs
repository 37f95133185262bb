using System.Globalization;
using AllianceRules.Conclusions;
using AllianceRules.Facts;
using AllianceRules.Facts.Derived;

namespace AllianceRules.Engine;

/// <summary>Puts a fact into words for justifications and reports.</summary>
internal static class FactText
{
    public static string Describe(object fact) => fact switch
    {
        RelationState r => $"relations are {r.Level}; settlement {(r.SettlementFailed ? "tried and failed" : "not yet failed")}",
        ScenarioRoles r => $"{r.HedgingState} hedges; {r.Neighbour} is the neighbour",
        GreatPower p => Describe(p),
        GeographyConstraint { Kind: GeographyKind.LandBorder } g => $"land border between {string.Join(" and ", g.Between)}",
        GeographyConstraint g => $"{g.Subject} reaches the region only overseas",
        GreatPowerOffer o => Describe(o),
        CoercionEvent c => string.Create(CultureInfo.InvariantCulture, $"{c.Kind} on {c.Domain} in {c.Year}"),
        CanPressOnLand c => $"{c.Power.Name} can press the neighbour on land",
        CanProtectLand { Basis: LandProtectionBasis.LandPressure } c => $"{c.Power.Name} can protect on land by pressing the neighbour",
        CanProtectLand c => $"{c.Power.Name} can protect on land with troops on the hedging state's soil",
        MaritimeOnly m => $"{m.Power.Name} can protect at sea at most",
        CandidatePatron c => $"{c.Power.Name} is a candidate patron",
        ActivePatron a => $"{a.Power.Name} is a patron while balancing",
        GuaranteeProtection g => $"{Describe(g.Guarantee)} protects on {g.Domain}",
        PostureConclusion p => $"posture {p.Value}",
        ResponseConclusion r => $"{r.Decision}: {Describe(r.Offer)}",
        NeedConclusion n => $"needs {n.Need} from {n.Power.Name}",
        GapConclusion g => $"commitment of {g.Power.Name} lacks {g.Gap}",
        CommitmentConclusion { Credible: true } c => $"commitment of {c.Power.Name} is credible",
        CommitmentConclusion c => $"commitment of {c.Power.Name} is not credible",
        RiskConclusion r => r.Power is null ? $"risk {r.Risk}" : $"risk {r.Risk} with {r.Power.Name}",
        OutlookConclusion o => $"alliance with {o.Power.Name} {o.Outlook}",
        AdviceConclusion a => $"advice to {a.Power.Name}: {a.Advice}",
        Reliance r => $"relies on {r.Power.Name} through: {Describe(r.Offer)}",
        _ => fact.ToString() ?? fact.GetType().Name,
    };

    private static string Describe(GreatPower p)
    {
        var traits = new List<string>
        {
            p.ExtraRegional ? "extra-regional" : "regional",
            $"stance {p.Stance}",
            $"resolve {p.Resolve}",
            p.AvoidsLandWar ? "avoids a land war" : "will fight on land",
            p.RespectsPoliticalSystem ? "respects the political system" : "does not respect the political system",
        };
        return $"{p.Name}: {string.Join(", ", traits)}";
    }

    private static string Describe(GreatPowerOffer o)
    {
        var text = $"{o.From} offers {o.Kind}";
        if (o.Domains.Count > 0)
        {
            text += $" ({string.Join(", ", o.Domains)})";
        }

        if (o.AnnualUsd is { } usd)
        {
            text += string.Create(CultureInfo.InvariantCulture, $", US${usd:#,0} a year");
        }

        if (o.ShareOfGdp is { } share)
        {
            text += string.Create(CultureInfo.InvariantCulture, $", {share:0.#%} of GDP");
        }

        return text;
    }
}
