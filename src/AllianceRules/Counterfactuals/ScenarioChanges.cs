using System.Globalization;
using AllianceRules.Facts;
using AllianceRules.Scenarios;

namespace AllianceRules.Counterfactuals;

/// <summary>
/// The discrete input space around a scenario: every single change the theory can be probed
/// with (relation level, settlement, each power's attributes, land borders with the neighbour,
/// adding or removing an offer kind or a domain, aid at or below the benchmark). Only changes
/// that leave the scenario valid are listed, in a fixed order; none changes an input held fixed
/// (<see cref="HeldInputs"/>: the roles, which no change touches; a great power's land border with
/// the neighbour, geography between third parties, unless the caller lets it vary; and the
/// caller's paths).
/// </summary>
internal static class ScenarioChanges
{
    private const string None = "(none)";
    private const string Removed = "(removed)";

    /// <summary>Lists every valid single change to <paramref name="scenario"/>.</summary>
    /// <param name="scenario">The scenario to vary.</param>
    /// <param name="benchmark">The aid benchmark: aid changes move an offer to it or below it.</param>
    /// <param name="held">What must not change; null for the default (<see cref="CounterfactualOptions.Default"/>).</param>
    /// <returns>The changes, each able to produce its changed scenario.</returns>
    public static IReadOnlyList<ScenarioChange> Around(Scenario scenario, AidBenchmark benchmark, HeldInputs? held = null) =>
        [.. Candidates(scenario, benchmark, held ?? HeldInputs.Default(scenario)).Where(c => ScenarioValidator.Validate(Apply(scenario, [c])).Count == 0)];

    /// <summary>Every single change the search tries, some of which leave the scenario invalid; none changes what <paramref name="held"/> holds.</summary>
    public static List<ScenarioChange> Candidates(Scenario scenario, AidBenchmark benchmark, HeldInputs held)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(held);
        var changes = new List<ScenarioChange>();
        RelationChanges(scenario, changes);
        for (var i = 0; i < scenario.Powers.Count; i++)
        {
            PowerChanges(scenario, i, changes);
        }

        BorderChanges(scenario, held.VaryThirdPartyGeography, changes);
        OfferChanges(scenario, benchmark, changes);
        changes.RemoveAll(held.Holds);
        return changes;
    }

    /// <summary>Applies changes in order.</summary>
    /// <param name="scenario">The scenario.</param>
    /// <param name="changes">Changes listed by <see cref="Around"/> for this scenario.</param>
    /// <returns>The changed scenario.</returns>
    public static Scenario Apply(Scenario scenario, IEnumerable<ScenarioChange> changes)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(changes);
        var draft = new ScenarioDraft(scenario);
        foreach (var change in changes)
        {
            change.Apply(draft);
        }

        return draft.Build();
    }

    private static void RelationChanges(Scenario scenario, List<ScenarioChange> changes)
    {
        var relation = scenario.Relation;
        foreach (var level in Enum.GetValues<RelationLevel>().Where(l => l != relation.Level))
        {
            changes.Add(new ScenarioChange("relation.level", relation.Level.ToString(), level.ToString())
            {
                Apply = d => d.Relation = d.Relation with { Level = level },
            });
        }

        changes.Add(new ScenarioChange("relation.settlementFailed", Bool(relation.SettlementFailed), Bool(!relation.SettlementFailed))
        {
            Apply = d => d.Relation = d.Relation with { SettlementFailed = !d.Relation.SettlementFailed },
        });
    }

    private static void PowerChanges(Scenario scenario, int index, List<ScenarioChange> changes)
    {
        var power = scenario.Powers[index];
        var path = Path("powers", index);
        foreach (var stance in Enum.GetValues<Stance>().Where(s => s != power.Stance))
        {
            changes.Add(Power(path + ".stance", power.Stance.ToString(), stance.ToString(), index, p => p with { Stance = stance }));
        }

        foreach (var resolve in Enum.GetValues<Resolve>().Where(r => r != power.Resolve))
        {
            changes.Add(Power(path + ".resolve", power.Resolve.ToString(), resolve.ToString(), index, p => p with { Resolve = resolve }));
        }

        changes.Add(Power(path + ".extraRegional", Bool(power.ExtraRegional), Bool(!power.ExtraRegional), index, p => p with { ExtraRegional = !p.ExtraRegional }));
        changes.Add(Power(path + ".avoidsLandWar", Bool(power.AvoidsLandWar), Bool(!power.AvoidsLandWar), index, p => p with { AvoidsLandWar = !p.AvoidsLandWar }));
        foreach (var system in Enum.GetValues<PoliticalSystem>().Where(s => s != power.PoliticalSystem))
        {
            changes.Add(Power(path + ".politicalSystem", power.PoliticalSystem.ToString(), system.ToString(), index, p => p with { PoliticalSystem = system }));
        }

        changes.Add(Power(path + ".capable", Bool(power.Capable), Bool(!power.Capable), index, p => p with { Capable = !p.Capable }));
    }

    private static ScenarioChange Power(string field, string from, string to, int index, Func<GreatPower, GreatPower> change) =>
        new(field, from, to)
        {
            Apply = d => d.Powers[index] = change(d.Powers[index]),
        };

    /// <summary>
    /// The hedging state's land border with the neighbour, added or removed; a great power's only
    /// when <paramref name="varyThirdPartyGeography"/>, since no one can change it (D33).
    /// </summary>
    private static void BorderChanges(Scenario scenario, bool varyThirdPartyGeography, List<ScenarioChange> changes)
    {
        var neighbour = scenario.Roles.Neighbour;
        var actors = new[] { scenario.Roles.HedgingState }.Concat(varyThirdPartyGeography ? scenario.Powers.Select(p => p.Name) : []);
        foreach (var actor in actors)
        {
            var existing = IndexOf(scenario.Geography, g => g.IsLandBorderBetween(actor, neighbour));
            var border = new GeographyConstraint { Kind = GeographyKind.LandBorder, Between = [actor, neighbour] };
            var text = border.Describe();
            changes.Add(existing < 0
                ? new ScenarioChange("geography[+]", None, text) { Apply = d => d.Geography.Add(border) }
                : new ScenarioChange(Path("geography", existing), text, Removed) { Apply = d => d.Geography[existing] = null });
        }
    }

    private static void OfferChanges(Scenario scenario, AidBenchmark benchmark, List<ScenarioChange> changes)
    {
        foreach (var power in scenario.Powers)
        {
            foreach (var kind in Enum.GetValues<OfferKind>().Where(k => !scenario.Offers.Any(o => o.From == power.Name && o.Kind == k)))
            {
                var offer = NewOffer(power.Name, kind, benchmark);
                changes.Add(new ScenarioChange("offers[+]", None, offer.Describe()) { Apply = d => d.Offers.Add(offer) });
            }
        }

        for (var i = 0; i < scenario.Offers.Count; i++)
        {
            var index = i;
            var offer = scenario.Offers[i];
            var path = Path("offers", i);
            changes.Add(new ScenarioChange(path, offer.Describe(), Removed) { Apply = d => d.Offers[index] = null });
            if (offer.Kind is not (OfferKind.PartnershipUpgrade or OfferKind.EconomicAid or OfferKind.TroopStationing))
            {
                foreach (var domain in Enum.GetValues<Domain>())
                {
                    var domains = offer.Covers(domain)
                        ? offer.Domains.Where(d => d != domain).ToArray()
                        : offer.Domains.Append(domain).Order().ToArray();
                    changes.Add(new ScenarioChange(path + ".domains", Domains(offer.Domains), Domains(domains))
                    {
                        Apply = d => d.Offers[index] = d.Offers[index] is { } o ? o with { Domains = domains } : null,
                    });
                }
            }

            if (offer.Kind.IsAid())
            {
                var generous = benchmark.IsMetBy([offer]);
                decimal? usd = generous ? 0m : benchmark.AnnualUsd;
                changes.Add(new ScenarioChange(path + ".annualUsd", Amount(offer.AnnualUsd), Amount(usd))
                {
                    Apply = d => d.Offers[index] = d.Offers[index] is { } o ? o with { AnnualUsd = usd, ShareOfGdp = null } : null,
                });
            }
        }
    }

    /// <summary>A new offer as the probe adds it: guarantees cover land and sea, aid meets the benchmark.</summary>
    private static GreatPowerOffer NewOffer(string from, OfferKind kind, AidBenchmark benchmark) => new()
    {
        From = from,
        Kind = kind,
        Domains = kind.IsGuarantee() ? [Domain.Land, Domain.Sea] : [],
        AnnualUsd = kind.IsAid() ? benchmark.AnnualUsd : null,
    };

    private static int IndexOf<T>(IReadOnlyList<T> list, Func<T, bool> predicate)
    {
        for (var i = 0; i < list.Count; i++)
        {
            if (predicate(list[i]))
            {
                return i;
            }
        }

        return -1;
    }

    private static string Path(string list, int index) => string.Create(CultureInfo.InvariantCulture, $"{list}[{index}]");

    private static string Bool(bool value) => value ? "true" : "false";

    private static string Domains(IReadOnlyList<Domain> domains) => domains.Count == 0 ? "[]" : $"[{string.Join(", ", domains)}]";

    private static string Amount(decimal? usd) => usd is { } value ? value.ToString("0", CultureInfo.InvariantCulture) : None;
}
