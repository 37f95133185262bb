namespace AllianceRules;

/// <summary>
/// The bounds of the HTTP decision service (<c>MapAllianceRules</c>): how many costly requests
/// run at once and wait, and how long each class of request may take. Assess and the GETs are
/// cheap (one assessment or a listing); explain and what-if are costly (a search of up to
/// <see cref="AllianceRulesOptions.MaxSearchAssessments"/> assessments). Set them with
/// <c>services.Configure&lt;AllianceRulesServiceOptions&gt;(…)</c> before the endpoints are mapped.
/// </summary>
public sealed class AllianceRulesServiceOptions
{
    /// <summary>
    /// How many costly requests run at once, each search on one thread; by default half the cores
    /// (at least one), so that cheap requests keep the other half however many searches are asked
    /// (measured on 2 cores: with every core given to searches, assess fell from 720 to 33 requests/s).
    /// </summary>
    public int CostlyConcurrency { get; set; } = Math.Max(1, Environment.ProcessorCount / 2);

    /// <summary>How many costly requests wait for a place; past it, 429 with <c>Retry-After</c>. By default twice <see cref="CostlyConcurrency"/>.</summary>
    public int CostlyQueue { get; set; } = 2 * Math.Max(1, Environment.ProcessorCount / 2);

    /// <summary>How many costly requests one client (by remote address) may run or queue at once; null (the default) for no limit per client.</summary>
    public int? CostlyPerClient { get; set; }

    /// <summary>What a 429 tells the client to wait, in whole seconds (<c>Retry-After</c>); 1 s by default.</summary>
    public TimeSpan RetryAfter { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How long a cheap request may run before it is cancelled and answered 504; 10 s by default.</summary>
    public TimeSpan CheapTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How long a costly request may run, its wait for a place not counted, before it is cancelled and answered 504; 30 s by default.</summary>
    public TimeSpan CostlyTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// The most assessments one explain or what-if request may search; 1,000 by default, a fifth
    /// of the library's and the command line's <see cref="AllianceRulesOptions.DefaultMaxSearchAssessments"/>
    /// (still exact for every built-in episode: the largest needs 399). The service searches with
    /// the smaller of this and the assessor's own <see cref="AllianceRulesOptions.MaxSearchAssessments"/>,
    /// sharing its compiled rules; an <see cref="IAllianceAssessor"/> of the app's own keeps its own bounds.
    /// </summary>
    public int MaxSearchAssessments { get; set; } = DefaultMaxSearchAssessments;

    /// <summary>The default of <see cref="MaxSearchAssessments"/>.</summary>
    public const int DefaultMaxSearchAssessments = 1_000;

    /// <summary>
    /// The largest answer, in bytes, that assess, explain and what-if send; 2 MiB by default. A
    /// larger one is refused with 422 and a problem body: before its JSON is built when its size,
    /// estimated from the answer's parts and texts, passes the limit, else once built. The GETs
    /// answer from the rulebook alone and are not bounded by it.
    /// </summary>
    public int MaxResponseBytes { get; set; } = 2 * 1024 * 1024;

    /// <summary>The problems with these options, one line each; empty when they are usable.</summary>
    /// <returns>The problems.</returns>
    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        if (CostlyConcurrency < 1)
        {
            problems.Add($"CostlyConcurrency must be at least 1, not {CostlyConcurrency}.");
        }

        if (CostlyQueue < 0)
        {
            problems.Add($"CostlyQueue must be 0 or more, not {CostlyQueue}.");
        }

        if (CostlyPerClient is < 1)
        {
            problems.Add($"CostlyPerClient must be at least 1 when set, not {CostlyPerClient}.");
        }

        if (MaxSearchAssessments < 1)
        {
            problems.Add($"MaxSearchAssessments must be at least 1, not {MaxSearchAssessments}.");
        }

        if (MaxResponseBytes < 1024)
        {
            problems.Add($"MaxResponseBytes must be at least 1024, not {MaxResponseBytes}.");
        }

        if (RetryAfter < TimeSpan.Zero || CheapTimeout <= TimeSpan.Zero || CostlyTimeout <= TimeSpan.Zero)
        {
            problems.Add("RetryAfter must not be negative, and CheapTimeout and CostlyTimeout must be positive.");
        }

        return problems;
    }
}
