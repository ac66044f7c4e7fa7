using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using PledgeBot.Dialogs.Flows.TalkToSomeone;
using PledgeBot.Dialogs.Flows.TalkToSomeone.Counsel;
using PledgeBot.Staff;

namespace PledgeBot.Counsel;

/// <summary>The hashes of the counsellor keys (Counsel:ApiKeys); a presented key is hashed and compared with each in
/// constant time. No key is ever generated: with none configured, the console stays closed.</summary>
public sealed class CounsellorKeys
{
    private readonly byte[][] _hashes;

    public CounsellorKeys(IOptions<CounselOptions> options, IOptions<HandoffOptions> handoff, ILogger<CounsellorKeys> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(handoff);
        _hashes = [.. options.Value.ApiKeys.Select(Convert.FromHexString)];
        if (_hashes.Length > 0)
        {
            logger.CounsellorKeysConfigured(_hashes.Length);
        }
        else if (handoff.Value.EffectiveMode == HandoffMode.Console)
        {
            logger.NoCounsellorKeys();
        }
    }

    /// <summary>The key id of <paramref name="presented"/> when it is a counsellor key, else null.</summary>
    public string? Match(string presented)
    {
        ArgumentNullException.ThrowIfNull(presented);
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(presented));
        var matched = false;
        foreach (var candidate in _hashes)
        {
            matched |= CryptographicOperations.FixedTimeEquals(hash, candidate);
        }

        return matched ? StaffKeys.KeyId(hash) : null;
    }
}
