using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace PledgeBot.Staff;

/// <summary>Authenticates <c>Authorization: Bearer &lt;staff key&gt;</c> (DESIGN.md, Staff surface). No key: 401;
/// a wrong key: 401 and one strike for the client's address; an address out of strikes: 429.</summary>
public sealed class StaffAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory loggerFactory,
    UrlEncoder encoder,
    StaffKeys keys,
    StaffAttemptLimiter limiter) : AuthenticationHandler<AuthenticationSchemeOptions>(options, loggerFactory, encoder)
{
    private const string BearerPrefix = "Bearer ";
    private const int MaxKeyLength = 256;

    private bool _held;

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        // Only where a staff key is asked for: the authentication middleware runs the default scheme on every request,
        // and a Bearer header elsewhere (a Web Chat poll's Direct Line token) is not a guess at a staff key.
        if (!IsStaffEndpoint(Context))
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }

        var address = Context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        if (limiter.IsHeld(address))
        {
            _held = true;
            Logger.StaffAttemptsLimited();
            return Task.FromResult(AuthenticateResult.Fail("Too many wrong staff keys from this address."));
        }

        var header = Request.Headers[HeaderNames.Authorization].ToString();
        if (!header.StartsWith(BearerPrefix, StringComparison.OrdinalIgnoreCase))
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }

        var presented = header[BearerPrefix.Length..].Trim();
        var keyId = presented.Length is > 0 and <= MaxKeyLength ? keys.Match(presented) : null;
        if (keyId is null)
        {
            _held = !limiter.Fail(address);
            Logger.StaffKeyRefused();
            return Task.FromResult(AuthenticateResult.Fail("Wrong staff key."));
        }

        var identity = new ClaimsIdentity([new Claim(StaffAuth.KeyIdClaim, keyId)], StaffAuth.Scheme);
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), StaffAuth.Scheme)));
    }

    // True when the request's endpoint requires the staff policy (the anonymous dashboard page does not).
    private static bool IsStaffEndpoint(HttpContext context) =>
        context.GetEndpoint()?.Metadata.GetOrderedMetadata<IAuthorizeData>()
            .Any(data => string.Equals(data.Policy, StaffAuth.Policy, StringComparison.Ordinal)) == true;

    // A problem+json body with a reason, so a page (the dashboard) can tell a wrong key from a held address.
    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        if (_held)
        {
            Response.Headers.RetryAfter = "60";
            return TypedResults.Problem(
                statusCode: StatusCodes.Status429TooManyRequests, title: "Too many wrong staff keys",
                detail: "Too many wrong staff keys from this address; try again in a minute.").ExecuteAsync(Context);
        }

        Response.Headers.WWWAuthenticate = "Bearer";
        return TypedResults.Problem(
            statusCode: StatusCodes.Status401Unauthorized, title: "Staff key required",
            detail: "Send a staff key as 'Authorization: Bearer <key>'; the one sent is missing or wrong.").ExecuteAsync(Context);
    }
}
