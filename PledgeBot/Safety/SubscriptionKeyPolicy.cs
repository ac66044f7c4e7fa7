using Azure;
using Azure.Core;
using Azure.Core.Pipeline;

namespace PledgeBot.Safety;

/// <summary>Signs each request with the resource key in Ocp-Apim-Subscription-Key (Azure AI services REST APIs); the
/// key is read at send time, so <see cref="AzureKeyCredential.Update"/> rotates it without a restart.</summary>
internal sealed class SubscriptionKeyPolicy(AzureKeyCredential credential) : HttpPipelineSynchronousPolicy
{
    public const string Header = "Ocp-Apim-Subscription-Key";

    public override void OnSendingRequest(HttpMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        message.Request.Headers.SetValue(Header, credential.Key);
    }
}
