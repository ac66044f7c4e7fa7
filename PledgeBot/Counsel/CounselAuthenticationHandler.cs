using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using PledgeBot.Staff;

namespace PledgeBot.Counsel;

/// <summary>Authenticates <c>Authorization: Bearer &lt;counsellor key&gt;</c> on the console's API only
/// (<see cref="KeyAuthenticationHandler"/>): a staff key is a wrong one here, and wrong keys are counted with wrong
/// staff keys.</summary>
public sealed class CounselAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory loggerFactory,
    UrlEncoder encoder,
    CounsellorKeys keys,
    StaffAttemptLimiter limiter) : KeyAuthenticationHandler(options, loggerFactory, encoder, limiter)
{
    private static readonly KeyRole s_role = new(
        CounselAuth.Scheme,
        CounselAuth.Policy,
        CounselAuth.KeyIdClaim,
        WrongKeyReason: "Wrong counsellor key.",
        HeldTitle: "Too many wrong keys",
        HeldDetail: "Too many wrong keys from this address; try again in a minute.",
        MissingTitle: "Counsellor key required",
        MissingDetail: "Send a counsellor key as 'Authorization: Bearer <key>'; the one sent is missing or wrong (a staff key does not open the console).");

    protected override KeyRole Role => s_role;

    protected override string? Match(string presented) => keys.Match(presented);

    protected override void LogRefused() => Logger.CounsellorKeyRefused();
}
