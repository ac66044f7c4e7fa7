using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace PledgeBot.Staff;

/// <summary>Authenticates <c>Authorization: Bearer &lt;staff key&gt;</c> on the staff routes (<see cref="KeyAuthenticationHandler"/>).</summary>
public sealed class StaffAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory loggerFactory,
    UrlEncoder encoder,
    StaffKeys keys,
    StaffAttemptLimiter limiter) : KeyAuthenticationHandler(options, loggerFactory, encoder, limiter)
{
    private static readonly KeyRole s_role = new(
        StaffAuth.Scheme,
        StaffAuth.Policy,
        StaffAuth.KeyIdClaim,
        WrongKeyReason: "Wrong staff key.",
        HeldTitle: "Too many wrong staff keys",
        HeldDetail: "Too many wrong staff keys from this address; try again in a minute.",
        MissingTitle: "Staff key required",
        MissingDetail: "Send a staff key as 'Authorization: Bearer <key>'; the one sent is missing or wrong.");

    protected override KeyRole Role => s_role;

    protected override string? Match(string presented) => keys.Match(presented);

    protected override void LogRefused() => Logger.StaffKeyRefused();

    protected override void LogHeld() => Logger.StaffAttemptsLimited();
}
