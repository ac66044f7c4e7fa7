using Microsoft.Extensions.Options;

namespace PledgeBot.Safety;

/// <summary>An endpoint, when set, must be an absolute http(s) address; https unless it is this machine (tests).</summary>
internal sealed class AzureLanguageOptionsValidator : IValidateOptions<AzureLanguageOptions>
{
    public ValidateOptionsResult Validate(string? name, AzureLanguageOptions options)
    {
        if (options.Endpoint is not { } endpoint)
        {
            return ValidateOptionsResult.Success;
        }

        if (!ServiceEndpoint.IsAcceptable(endpoint))
        {
            return ValidateOptionsResult.Fail($"{AzureLanguageOptions.Section}:Endpoint must be an absolute https address (http only on loopback).");
        }

        return ValidateOptionsResult.Success;
    }
}
