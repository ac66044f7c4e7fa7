using Microsoft.Extensions.Options;

namespace PledgeBot.Secrets;

public static class GeneratedKeysExtensions
{
    /// <summary>A feature's key by its name: the value of its setting in <paramref name="options"/> when one is
    /// configured, else the key generated once in the store and shared by every instance (<see cref="GeneratedKeys"/>).</summary>
    public static byte[] Resolve<TOptions>(
        this GeneratedKeys keys, GeneratedKey key, IOptions<TOptions> options, Func<TOptions, string?> setting)
        where TOptions : class
    {
        ArgumentNullException.ThrowIfNull(keys);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(setting);
        return keys.Resolve(key, setting(options.Value));
    }
}
