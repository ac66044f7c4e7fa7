using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using PledgeBot.Secrets;

namespace PledgeBot.Staff;

/// <summary>The hashes of the accepted staff API keys; a presented key is hashed and compared with each in constant
/// time, so neither a match's position nor a prefix leaks through timing.</summary>
public sealed class StaffKeys
{
    private readonly byte[][] _hashes;

    public StaffKeys(IOptions<StaffOptions> staff, GeneratedKeys keys, ILogger<StaffKeys> logger)
    {
        ArgumentNullException.ThrowIfNull(staff);
        ArgumentNullException.ThrowIfNull(keys);
        if (staff.Value.ApiKeys.Count > 0)
        {
            _hashes = [.. staff.Value.ApiKeys.Select(Convert.FromHexString)];
            logger.StaffKeysConfigured(_hashes.Length);
        }
        else
        {
            _hashes = [GeneratedStaffKey.LoadOrCreate(keys)];
        }
    }

    /// <summary>The key id of <paramref name="presented"/> when it is a staff key, else null.</summary>
    public string? Match(string presented)
    {
        ArgumentNullException.ThrowIfNull(presented);
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(presented));
        var matched = false;
        foreach (var candidate in _hashes)
        {
            matched |= CryptographicOperations.FixedTimeEquals(hash, candidate);
        }

        return matched ? KeyId(hash) : null;
    }

    public static string KeyId(byte[] hash) => Convert.ToHexStringLower(hash)[..12];
}
