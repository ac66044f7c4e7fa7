using System.Globalization;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace PledgeBot.Settings;

public static class RenamedSettingsExtensions
{
    /// <summary>Reads <paramref name="oldKey"/>, a whole number of <paramref name="unit"/>s (as durations were written
    /// before they became TimeSpan strings), into the duration <paramref name="set"/> writes, unless
    /// <paramref name="newKey"/> is set. Runs after binding, so the new key wins; a warning at start names the new key.
    /// An old value that is not a number becomes <see cref="TimeSpan.MinValue"/>, which the option's range refuses on start.</summary>
    public static OptionsBuilder<TOptions> ReadsRenamedDuration<TOptions>(
        this OptionsBuilder<TOptions> builder, string oldKey, string newKey, TimeSpan unit, Action<TOptions, TimeSpan> set)
        where TOptions : class
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddRenamedSetting(new RenamedSetting(oldKey, newKey));
        return builder.Configure<IConfiguration>((options, configuration) =>
        {
            if (configuration[newKey] is null && configuration[oldKey] is { } old)
            {
                set(options, Duration(old, unit));
            }
        });
    }

    /// <summary>Registers <paramref name="setting"/> for the warning at start; the caller reads the old key.</summary>
    public static IServiceCollection AddRenamedSetting(this IServiceCollection services, RenamedSetting setting)
    {
        services.AddSingleton(setting);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, RenamedSettingsWarning>());
        return services;
    }

    private static TimeSpan Duration(string value, TimeSpan unit) =>
        double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var count)
            && double.IsFinite(count) && Math.Abs(count * unit.Ticks) < TimeSpan.MaxValue.Ticks
            ? TimeSpan.FromTicks((long)(count * unit.Ticks))
            : TimeSpan.MinValue;
}
