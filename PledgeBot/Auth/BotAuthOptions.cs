using System.ComponentModel.DataAnnotations;

namespace PledgeBot.Auth;

/// <summary>The bot's Entra identity, bound from the configuration root with the Bot Framework SDK's key spellings.
/// No <see cref="MicrosoftAppId"/> means anonymous mode: the local Emulator only.</summary>
public sealed class BotAuthOptions : IValidatableObject
{
    public const string MultiTenant = "MultiTenant";
    public const string SingleTenant = "SingleTenant";
    public const string UserAssignedMsi = "UserAssignedMSI";

    public string? MicrosoftAppType { get; set; }

    public string? MicrosoftAppId { get; set; }

    public string? MicrosoftAppPassword { get; set; }

    public string? MicrosoftAppTenantId { get; set; }

    public bool IsAnonymous => string.IsNullOrWhiteSpace(MicrosoftAppId);

    /// <summary>The SDK reads the app type case-insensitively and defaults to MultiTenant.</summary>
    public string AppType => string.IsNullOrWhiteSpace(MicrosoftAppType) ? MultiTenant : MicrosoftAppType.Trim();

    public bool IsMultiTenant => Is(MultiTenant);

    public bool IsUserAssignedMsi => Is(UserAssignedMsi);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        var multiTenant = Is(MultiTenant);
        var singleTenant = Is(SingleTenant);
        var managedIdentity = Is(UserAssignedMsi);
        if (!multiTenant && !singleTenant && !managedIdentity)
        {
            yield return new ValidationResult(
                $"MicrosoftAppType must be {MultiTenant}, {SingleTenant} or {UserAssignedMsi}.", [nameof(MicrosoftAppType)]);
            yield break;
        }

        if (IsAnonymous)
        {
            yield break;
        }

        // The credential each MicrosoftAppType needs (Bot Connector authentication), checked at start rather than at
        // the first reply.
        if ((multiTenant || singleTenant) && string.IsNullOrWhiteSpace(MicrosoftAppPassword))
        {
            yield return new ValidationResult($"{AppType} needs MicrosoftAppPassword.", [nameof(MicrosoftAppPassword)]);
        }

        if ((singleTenant || managedIdentity) && string.IsNullOrWhiteSpace(MicrosoftAppTenantId))
        {
            yield return new ValidationResult($"{AppType} needs MicrosoftAppTenantId.", [nameof(MicrosoftAppTenantId)]);
        }

        if (managedIdentity && !string.IsNullOrWhiteSpace(MicrosoftAppPassword))
        {
            yield return new ValidationResult($"{UserAssignedMsi} takes no MicrosoftAppPassword.", [nameof(MicrosoftAppPassword)]);
        }
    }

    private bool Is(string appType) => string.Equals(AppType, appType, StringComparison.OrdinalIgnoreCase);
}
