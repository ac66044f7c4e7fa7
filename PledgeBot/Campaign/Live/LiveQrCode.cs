using QRCoder;

namespace PledgeBot.Campaign.Live;

/// <summary>The join link as an SVG QR code: it scales to any screen without blurring, and needs no image request.</summary>
internal static class LiveQrCode
{
    public static string Svg(string link)
    {
        // ECC level M: a screen is not scuffed like a poster, and fewer, larger modules scan from further away.
        using var data = QRCodeGenerator.GenerateQrCode(link, QRCodeGenerator.ECCLevel.M);
        using var svg = new SvgQRCode(data);
        return svg.GetGraphic(10, "#000000", "#ffffff", drawQuietZones: true, sizingMode: SvgQRCode.SizingMode.ViewBoxAttribute);
    }
}
