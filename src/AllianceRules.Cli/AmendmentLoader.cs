using System.Reflection;
using AllianceRules.Files;

namespace AllianceRules.Cli;

/// <summary>Loads the <see cref="IRulebookAmendment"/> implementations of an assembly given by path.</summary>
internal static class AmendmentLoader
{
    public static IEnumerable<IRulebookAmendment> Load(string path)
    {
        try
        {
            // A named pipe or a device is refused here, by name, before the loader would wait on it.
            InputFile.Open(path).Dispose();
        }
        catch (InputFileException ex)
        {
            throw new InputException($"--amendment: {path}: {ex.Message}");
        }

        Type[] types;
        try
        {
            types = Assembly.LoadFrom(Path.GetFullPath(path)).GetExportedTypes();
        }
        catch (Exception ex) when (ex is BadImageFormatException or FileLoadException or IOException or TypeLoadException or ReflectionTypeLoadException)
        {
            throw new InputException($"--amendment: {path}: not a loadable .NET assembly, or one of its dependencies is missing ({ex.Message})");
        }

        var amendments = types
            .Where(t => typeof(IRulebookAmendment).IsAssignableFrom(t) && t is { IsAbstract: false, IsInterface: false } && t.GetConstructor(Type.EmptyTypes) is not null)
            .OrderBy(t => t.FullName, StringComparer.Ordinal)
            .Select(t => Create(t, path))
            .ToArray();
        return amendments.Length > 0
            ? amendments
            : throw new InputException($"--amendment: {path}: no public IRulebookAmendment with a parameterless constructor");
    }

    /// <summary>How long an amendment's rules may take on one scenario before the tool gives up on them.</summary>
    public static readonly TimeSpan RuleTimeout = TimeSpan.FromSeconds(10);

    /// <summary>Lets an amendment set its options; an amendment that throws is named.</summary>
    public static void Apply(IRulebookAmendment amendment, AllianceRulesOptions options)
    {
        try
        {
            amendment.Apply(options);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            throw new InputException($"--amendment: {amendment.GetType().FullName}.Apply failed: {ex.Message}");
        }
    }

    /// <summary>What an amendment says it does, for the headings of the reports; one whose Description throws is named.</summary>
    public static string Describe(IRulebookAmendment amendment)
    {
        try
        {
            return amendment.Description ?? amendment.GetType().FullName!;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            throw new InputException($"--amendment: {amendment.GetType().FullName}.Description failed: {ex.Message}");
        }
    }

    /// <summary>The amended assessor; options an amendment set wrong are named as its error.</summary>
    public static AllianceAssessor Assessor(AllianceRulesOptions options)
    {
        try
        {
            return new AllianceAssessor(options);
        }
        catch (ArgumentException ex)
        {
            throw new InputException($"--amendment: the options it sets are invalid: {ex.Message}");
        }
    }

    private static IRulebookAmendment Create(Type type, string path)
    {
        try
        {
            return (IRulebookAmendment)Activator.CreateInstance(type)!;
        }
        catch (TargetInvocationException ex)
        {
            throw new InputException($"--amendment: {path}: {type.FullName} failed in its constructor: {(ex.InnerException ?? ex).Message}");
        }
    }
}
