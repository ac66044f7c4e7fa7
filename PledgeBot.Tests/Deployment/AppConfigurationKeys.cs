using System.Collections;
using System.Reflection;
using PledgeBot.Auth;
using PledgeBot.Observability;

namespace PledgeBot.Tests.Deployment;

/// <summary>The configuration keys the app reads, found the way the app binds them: every options class with a
/// <c>Section</c> constant and its settable (or collection) properties, nested classes included, plus the SDK's root keys,
/// the exporters' standard variables and the Redis connection string.</summary>
internal static class AppConfigurationKeys
{
    public static IReadOnlySet<string> Discover()
    {
        var keys = new SortedSet<string>(StringComparer.OrdinalIgnoreCase) { "ConnectionStrings:Redis" };
        AddProperties(keys, prefix: null, typeof(BotAuthOptions), depth: 0);
        keys.UnionWith(ObservabilityServiceCollectionExtensions.RootKeys);
        var assemblies = new[] { typeof(Program).Assembly, typeof(PledgeBot.Dialogs.Engine.Turns.FloodControlOptions).Assembly };
        foreach (var type in assemblies.SelectMany(assembly => assembly.GetTypes()))
        {
            if (type.GetField("Section", BindingFlags.Public | BindingFlags.Static) is { IsLiteral: true } field
                && field.GetRawConstantValue() is string section)
            {
                AddProperties(keys, section, type, depth: 0);
            }
        }

        return keys;
    }

    private static void AddProperties(SortedSet<string> keys, string? prefix, Type type, int depth)
    {
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            var key = prefix is null ? property.Name : $"{prefix}:{property.Name}";
            var propertyType = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
            var isCollection = propertyType != typeof(string) && typeof(IEnumerable).IsAssignableFrom(propertyType);
            if (!property.CanWrite && !isCollection)
            {
                continue;
            }

            if (!isCollection && IsNested(propertyType) && depth < 3)
            {
                AddProperties(keys, key, propertyType, depth + 1);
            }
            else
            {
                keys.Add(key);
            }
        }
    }

    private static bool IsNested(Type type) =>
        type.IsClass && type != typeof(string) && type != typeof(Uri) && !type.IsArray && type.Namespace?.StartsWith("PledgeBot", StringComparison.Ordinal) == true;
}
