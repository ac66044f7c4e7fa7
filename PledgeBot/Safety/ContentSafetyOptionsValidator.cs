using Microsoft.Extensions.Options;

namespace PledgeBot.Safety;

/// <summary>An endpoint, when set, must be an absolute https address (http only on loopback, for tests).</summary>
internal sealed class ContentSafetyOptionsValidator : IValidateOptions<ContentSafetyOptions>
{
    public ValidateOptionsResult Validate(string? name, ContentSafetyOptions options) =>
        options.Endpoint is { } endpoint && !ServiceEndpoint.IsAcceptable(endpoint)
            ? ValidateOptionsResult.Fail($"{ContentSafetyOptions.Section}:Endpoint must be an absolute https address (http only on loopback).")
            : ValidateOptionsResult.Success;
}
