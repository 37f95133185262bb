using AllianceRules.Counterfactuals;
using AllianceRules.Facts;
using AllianceRules.Scenarios;
using BenchmarkDotNet.Attributes;

namespace AllianceRules.Benchmarks;

/// <summary>
/// How assess, what-if and explain scale with the input: N great powers (a third of them
/// patrons, each with a guarantee, arms and aid on the table) under bad relations. N = 100 is
/// the most a scenario may hold (<see cref="ScenarioLimits.MaxPowers"/>); 1,000 is refused.
/// </summary>
[MemoryDiagnoser]
public class ScalingBenchmarks
{
    private readonly AllianceAssessor _assessor = new();
    private Scenario _scenario = null!;

    [Params(1, 10, 100)]
    public int Powers { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _scenario = Scenario(Powers);
        _assessor.Assess(_scenario);
    }

    [Benchmark(Baseline = true)]
    public Assessment Assess() => _assessor.Assess(_scenario);

    [Benchmark]
    public string AssessAsJson() => Rendering.AssessmentJson.Serialize(_assessor.Assess(_scenario));

    [Benchmark]
    public WhatIf WhatIf() => _assessor.Explore(_scenario);

    [Benchmark]
    public Explanations.Explanation ExplainDrawn() => _assessor.Explain(_scenario, "posture");

    [Benchmark]
    public Explanations.Explanation ExplainNotDrawn() => _assessor.Explain(_scenario, "posture=Bandwagon");

    /// <summary>
    /// A scenario at the schema's limits of powers, offers and coercion events (docs/performance.md,
    /// "Searches of large scenarios"; <c>--limits-scenario</c> writes it): 100 powers that contain the
    /// neighbour from afar, each offering base access, a treaty and a guarantee at sea, each with a
    /// land border with the neighbour and overseas reach, and 100 acts of coercion at sea.
    /// </summary>
    public static Scenario AtTheLimits()
    {
        var names = Enumerable.Range(0, ScenarioLimits.MaxPowers).Select(i => $"P{i:000}").ToArray();
        return new()
        {
            Relation = new RelationState { Level = RelationLevel.Hostile, SettlementFailed = true },
            Powers =
            [
                .. names.Select(name => new GreatPower
                {
                    Name = name,
                    ExtraRegional = true,
                    Stance = Stance.Containment,
                    Resolve = Resolve.Undemonstrated,
                    AvoidsLandWar = true,
                    PoliticalSystem = PoliticalSystem.Partial,
                }),
            ],
            Offers =
            [
                .. names.SelectMany(name => new[] { OfferKind.BaseAccess, OfferKind.AllianceTreaty, OfferKind.SecurityGuarantee }
                    .Select(kind => new GreatPowerOffer { From = name, Kind = kind, Domains = [Domain.Sea] })),
            ],
            Geography =
            [
                .. names.Select(name => new GeographyConstraint { Kind = GeographyKind.LandBorder, Between = [name, ActorProfiles.China] }),
                .. names.Select(name => new GeographyConstraint { Kind = GeographyKind.Overseas, Subject = name }),
                ActorProfiles.VietnamChinaBorder,
            ],
            Coercion = [.. Enumerable.Range(0, ScenarioLimits.MaxCoercion).Select(i => new CoercionEvent { Domain = Domain.Sea, Kind = "k", Year = 1000 + i })],
        };
    }

    /// <summary>The scaled scenario: N powers, every third a patron that offers a sea guarantee, arms and aid.</summary>
    public static Scenario Scenario(int powers) => new()
    {
        Id = $"scale-{powers}",
        Relation = new RelationState { Level = RelationLevel.Hostile, SettlementFailed = true },
        Powers =
        [
            .. Enumerable.Range(0, powers).Select(i => new GreatPower
            {
                Name = $"Power {i}",
                ExtraRegional = true,
                Stance = (Stance)(i % 3),
                Resolve = (Resolve)(i % 3),
                AvoidsLandWar = i % 2 == 0,
                PoliticalSystem = PoliticalSystem.Affirmed,
            }),
        ],
        Geography = [ActorProfiles.VietnamChinaBorder],
        Offers =
        [
            .. Enumerable.Range(0, powers).Where(i => i % 3 == 0).SelectMany(i => new[]
            {
                new GreatPowerOffer { From = $"Power {i}", Kind = OfferKind.SecurityGuarantee, Domains = [Domain.Sea] },
                new GreatPowerOffer { From = $"Power {i}", Kind = OfferKind.ArmsSales },
                new GreatPowerOffer { From = $"Power {i}", Kind = OfferKind.EconomicAid, AnnualUsd = 1_000_000_000m },
            }),
        ],
        Coercion = [new CoercionEvent { Domain = Domain.Sea, Kind = "Standoff", Year = 2020 }],
    };
}
