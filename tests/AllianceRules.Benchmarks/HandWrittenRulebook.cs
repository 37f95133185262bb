using AllianceRules.Facts;

namespace AllianceRules.Benchmarks;

/// <summary>
/// The rulebook written by hand in plain C#, no engine and no justification: the baseline the
/// engine is measured against. It is not a test oracle: before it compares, the benchmark checks
/// that it still draws the engine's conclusions (<see cref="BaselineAgreement"/>). Conclusions come out in the flat form of
/// <see cref="Conclusions.ConclusionMap"/>.
/// </summary>
public static class HandWrittenRulebook
{
    /// <summary>
    /// The rulebook version this code encodes. When a theory change bumps the rulebook, the benchmarks
    /// refuse to compare the engine with a baseline of another theory, until this code is brought up
    /// to date and this version with it (<c>--check-baseline</c> lists where the two disagree).
    /// </summary>
    public const string RulebookVersion = "3.1.0";

    private const string Present = "present";

    /// <summary>Whether the baseline encodes the rulebook this build compiles, so that comparing with it is fair.</summary>
    public static bool IsCurrent => RulebookVersion == AllianceRules.RulebookVersion.Current;

    /// <summary>Why the baseline may not be compared with the engine, or null when it may.</summary>
    public static string? Stale => IsCurrent
        ? null
        : $"the hand-written baseline (tests/AllianceRules.Benchmarks/HandWrittenRulebook.cs) encodes rulebook {RulebookVersion}, " +
          $"this build's rulebook is {AllianceRules.RulebookVersion.Current}; bring the baseline up to date and its RulebookVersion with it " +
          "(docs/changing-a-rule.md, 'The hand-written baseline')";

    /// <summary>Every conclusion of the scenario by its key, as <see cref="Conclusions.ConclusionMap"/> writes it.</summary>
    /// <param name="scenario">The scenario.</param>
    /// <returns>The conclusions.</returns>
    public static Dictionary<string, string> Assess(Scenario scenario)
    {
        var map = new Dictionary<string, string>(64, StringComparer.Ordinal);
        var relation = scenario.Relation;
        var neighbour = scenario.Roles.Neighbour;
        var powers = scenario.Powers;
        var offers = scenario.Offers;

        var pressOnLand = new bool[powers.Count];
        var protectLand = new bool[powers.Count];
        var patron = new bool[powers.Count];
        var anyCapablePatron = false;
        var lostPatron = false;
        for (var i = 0; i < powers.Count; i++)
        {
            var p = powers[i];
            foreach (var g in scenario.Geography)
            {
                pressOnLand[i] |= g.IsLandBorderBetween(p.Name, neighbour);
            }

            var troops = false;
            foreach (var o in offers)
            {
                troops |= o.From == p.Name && o.Kind == OfferKind.TroopStationing;
            }

            protectLand[i] = (pressOnLand[i] && !p.AvoidsLandWar) || troops;
            patron[i] = p.ExtraRegional && p.Stance == Stance.Containment;
            anyCapablePatron |= patron[i] && p.Capable;

            // Lost: relied on through a guarantee on the table (only a patron's offers are ever accepted), turned and no longer capable.
            lostPatron |= p.Stance == Stance.Rapprochement && !p.Capable && offers.Any(o => o.From == p.Name && o.Kind.IsGuarantee());
        }

        var posture = !relation.IsBad ? Posture.Bandwagon
            : !relation.SettlementFailed ? Posture.SeekSettlement
            : !anyCapablePatron && lostPatron ? Posture.Accommodate
            : Posture.Balance;
        map["posture"] = posture.ToString();

        int IndexOf(string name)
        {
            for (var i = 0; i < powers.Count; i++)
            {
                if (powers[i].Name == name)
                {
                    return i;
                }
            }

            return -1;
        }

        bool ProtectsLand(GreatPowerOffer g) => g.Kind.IsGuarantee() && g.Covers(Domain.Land) && protectLand[IndexOf(g.From)];
        bool ProtectsSea(GreatPowerOffer g) => g.Kind.IsGuarantee() && g.Covers(Domain.Sea);
        bool Full(GreatPowerOffer g) => ProtectsLand(g) && ProtectsSea(g);

        // While balancing, a patron's full guarantee is accepted, and base access is its price.
        bool AcceptsGuaranteeOf(string power) =>
            posture == Posture.Balance && patron[IndexOf(power)] && offers.Any(g => g.From == power && g.Kind.IsGuarantee() && Full(g));

        // Responses.
        var decisions = new Dictionary<string, SortedSet<Decision>>(StringComparer.Ordinal);
        var accepted = new bool[offers.Count];
        for (var k = 0; k < offers.Count; k++)
        {
            var o = offers[k];
            var fromPatron = patron[IndexOf(o.From)];
            var decision = posture switch
            {
                Posture.Bandwagon when fromPatron && o.Kind.IsAlignment() => Decision.Reject,
                Posture.Bandwagon when fromPatron && o.Kind == OfferKind.CapacityBuilding => Decision.Accept,
                Posture.SeekSettlement when fromPatron && o.Kind.IsAlignment() => Decision.Defer,
                Posture.Balance when fromPatron && o.Kind.IsGuarantee() => Full(o) ? Decision.Accept : Decision.Defer,
                Posture.Balance when fromPatron && o.Kind == OfferKind.BaseAccess => AcceptsGuaranteeOf(o.From) ? Decision.Accept : Decision.Defer,
                Posture.Balance when fromPatron => Decision.Accept,
                _ => Decision.NoClaim,
            };
            accepted[k] = decision == Decision.Accept;
            var key = $"responses[{o.From},{o.Kind}]";
            if (!decisions.TryGetValue(key, out var set))
            {
                decisions[key] = set = [];
            }

            set.Add(decision);
        }

        foreach (var (key, set) in decisions)
        {
            map[key] = string.Join("/", set);
        }

        for (var i = 0; i < powers.Count; i++)
        {
            var p = powers[i];
            var mine = offers.Where(o => o.From == p.Name).ToArray();
            var maritimeOnly = !protectLand[i];

            // Needs.
            if (posture is Posture.Bandwagon)
            {
                map[$"needs[{p.Name},{Need.RespectAutonomy}]"] = Present;
            }

            if (posture == Posture.Balance && patron[i])
            {
                foreach (var need in new[] { Need.GenerousAid, Need.SecurityGuarantee, Need.LandAndSeaProtection, Need.LongTermResolve, Need.RespectPoliticalSystem })
                {
                    map[$"needs[{p.Name},{need}]"] = Present;
                }

                if (!pressOnLand[i])
                {
                    map[$"needs[{p.Name},{Need.TripwireTroops}]"] = Present;
                }
            }

            // Commitment.
            var gaps = new List<Gap>();
            if (posture == Posture.Balance && patron[i])
            {
                var guarantee = mine.Any(o => o.Kind.IsGuarantee());
                if (!guarantee) gaps.Add(Gap.NoSecurityGuarantee);
                if (!mine.Any(ProtectsLand)) gaps.Add(Gap.NoLandProtection);
                if (!mine.Any(ProtectsSea)) gaps.Add(Gap.NoSeaProtection);
                if (!pressOnLand[i] && !mine.Any(o => o.Kind == OfferKind.TroopStationing)) gaps.Add(Gap.NoTripwireTroops);
                if (relation.Level == RelationLevel.Hostile && !AidBenchmark.Default.IsMetBy(mine.Where(o => o.Kind.IsAid()))) gaps.Add(Gap.AidBelowBenchmark);
                if (p.Resolve != Resolve.Demonstrated) gaps.Add(Gap.ResolveNotDemonstrated);
                if (p.PoliticalSystem != PoliticalSystem.Affirmed) gaps.Add(Gap.PoliticalSystemNotAffirmed);
                if (mine.Any(o => o.Kind == OfferKind.ArmsSales) && !guarantee) gaps.Add(Gap.ArmsSalesAloneInsufficient);
                if (!p.Capable) gaps.Add(Gap.NotCapable);
                map[$"commitments[{p.Name}]"] = gaps.Count == 0 ? "credible" : "not credible";
                foreach (var gap in gaps)
                {
                    map[$"commitments[{p.Name}].gaps[{gap}]"] = Present;
                }
            }

            // Risks with a power.
            if (posture == Posture.Bandwagon && patron[i] && mine.Any(o => o.Kind.IsAlignment()))
            {
                map[$"risks[{Risk.ChineseSuspicion},{p.Name}]"] = Present;
            }

            if (patron[i] && maritimeOnly && mine.Any(o => o.Kind.IsAlignment()))
            {
                map[$"risks[{Risk.RaisedExpectations},{p.Name}]"] = Present;
            }

            var balancingPatron = posture == Posture.Balance && patron[i];
            if (balancingPatron && mine.Any(g => ProtectsSea(g) && !ProtectsLand(g)))
            {
                map[$"risks[{Risk.LandPunishment},{p.Name}]"] = Present;
                map[$"risks[{Risk.DisputeWidening},{p.Name}]"] = Present;
            }

            var hedgingBorders = scenario.Geography.Any(g => g.IsLandBorderBetween(scenario.Roles.HedgingState, neighbour));
            if (balancingPatron && hedgingBorders && maritimeOnly && mine.Any(o => o.Kind.IsGuarantee()))
            {
                map[$"risks[{Risk.BorderTest},{p.Name}]"] = Present;
            }

            var reliedOn = offers.Where((o, k) => o.From == p.Name && (o.Kind.IsGuarantee() || accepted[k])).Any();
            if (posture is Posture.Balance or Posture.Accommodate && reliedOn && (p.Resolve == Resolve.Wavering || p.Stance == Stance.Rapprochement || !p.Capable))
            {
                map[$"risks[{Risk.Abandonment},{p.Name}]"] = Present;
            }

            // Outlook.
            map[$"outlook[{p.Name}]"] = (posture == Posture.Balance && patron[i] ? (gaps.Count == 0 ? AllianceOutlook.Likely : AllianceOutlook.Possible) : AllianceOutlook.Unlikely).ToString();

            // Advice.
            void Advise(Advice advice) => map[$"advice[{p.Name},{advice}]"] = Present;
            if (posture == Posture.Bandwagon)
            {
                Advise(Advice.RespectStrategicAutonomy);
                if (patron[i] && mine.Any(o => o.Kind.IsAlignment())) Advise(Advice.DoNotPushUpgrade);
            }

            if (relation.IsBad && patron[i])
            {
                Advise(Advice.ApproachSeriously);
                Advise(Advice.OfferGenerousAid);
            }

            if (gaps.Contains(Gap.NoSecurityGuarantee)) Advise(Advice.OfferSecurityGuarantee);
            if (gaps.Contains(Gap.NoTripwireTroops)) Advise(Advice.StationTripwireTroops);
            if (gaps.Contains(Gap.ResolveNotDemonstrated)) Advise(Advice.CommitLongTerm);
            if (gaps.Contains(Gap.PoliticalSystemNotAffirmed)) Advise(Advice.RespectPoliticalSystem);
            if (patron[i] && maritimeOnly) Advise(Advice.DoNotRaiseExpectations);
            if (scenario.Geography.Any(g => g.Kind == GeographyKind.Overseas && g.Subject == p.Name)) Advise(Advice.DemonstrateReach);
            if (patron[i] && posture != Posture.Accommodate) Advise(Advice.ManageExpectations);
        }

        // Alone at sea: a sea coercion event and no accepted guarantee covering the sea.
        if (scenario.Coercion.Any(c => c.Domain == Domain.Sea)
            && !offers.Where((o, k) => accepted[k]).Any(ProtectsSea))
        {
            map[$"risks[{Risk.AloneAtSea}]"] = Present;
        }

        return map;
    }
}
