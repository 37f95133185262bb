using System.Reflection;

namespace AllianceRules.Cli;

/// <summary>Loads the <see cref="IRulebookAmendment"/> implementations of an assembly given by path.</summary>
internal static class AmendmentLoader
{
    public static IEnumerable<IRulebookAmendment> Load(string path)
    {
        if (!File.Exists(path))
        {
            throw new InputException($"--amendment: {path}: no such file");
        }

        Type[] types;
        try
        {
            types = Assembly.LoadFrom(Path.GetFullPath(path)).GetExportedTypes();
        }
        catch (Exception ex) when (ex is BadImageFormatException or FileLoadException or IOException or TypeLoadException)
        {
            throw new InputException($"--amendment: {path}: not a loadable .NET assembly ({ex.Message})");
        }

        var amendments = types
            .Where(t => typeof(IRulebookAmendment).IsAssignableFrom(t) && t is { IsAbstract: false, IsInterface: false } && t.GetConstructor(Type.EmptyTypes) is not null)
            .OrderBy(t => t.FullName, StringComparer.Ordinal)
            .Select(t => (IRulebookAmendment)Activator.CreateInstance(t)!)
            .ToArray();
        return amendments.Length > 0
            ? amendments
            : throw new InputException($"--amendment: {path}: no public IRulebookAmendment with a parameterless constructor");
    }
}
