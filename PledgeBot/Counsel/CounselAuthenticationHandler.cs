using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using PledgeBot.Staff;

namespace PledgeBot.Counsel;

/// <summary>Authenticates <c>Authorization: Bearer &lt;counsellor key&gt;</c> on the console's API only. No key or a
/// wrong one (a staff key is a wrong one here): 401, and a wrong one is a strike for the address, counted with wrong
/// staff keys; an address out of strikes: 429.</summary>
public sealed class CounselAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory loggerFactory,
    UrlEncoder encoder,
    CounsellorKeys keys,
    StaffAttemptLimiter limiter) : AuthenticationHandler<AuthenticationSchemeOptions>(options, loggerFactory, encoder)
{
    private const string BearerPrefix = "Bearer ";
    private const int MaxKeyLength = 256;

    private bool _held;

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!IsCounselEndpoint(Context))
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }

        var address = Context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        if (limiter.IsHeld(address))
        {
            _held = true;
            return Task.FromResult(AuthenticateResult.Fail("Too many wrong keys from this address."));
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
            Logger.CounsellorKeyRefused();
            return Task.FromResult(AuthenticateResult.Fail("Wrong counsellor key."));
        }

        var identity = new ClaimsIdentity([new Claim(CounselAuth.KeyIdClaim, keyId)], CounselAuth.Scheme);
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), CounselAuth.Scheme)));
    }

    private static bool IsCounselEndpoint(HttpContext context) =>
        context.GetEndpoint()?.Metadata.GetOrderedMetadata<IAuthorizeData>()
            .Any(data => string.Equals(data.Policy, CounselAuth.Policy, StringComparison.Ordinal)) == true;

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        if (_held)
        {
            Response.Headers.RetryAfter = "60";
            return TypedResults.Problem(
                statusCode: StatusCodes.Status429TooManyRequests, title: "Too many wrong keys",
                detail: "Too many wrong keys from this address; try again in a minute.").ExecuteAsync(Context);
        }

        Response.Headers.WWWAuthenticate = "Bearer";
        return TypedResults.Problem(
            statusCode: StatusCodes.Status401Unauthorized, title: "Counsellor key required",
            detail: "Send a counsellor key as 'Authorization: Bearer <key>'; the one sent is missing or wrong (a staff key does not open the console).")
            .ExecuteAsync(Context);
    }
}
