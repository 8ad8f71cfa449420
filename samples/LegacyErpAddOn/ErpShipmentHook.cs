using System;
using PolicyKit;

namespace Contoso.Erp.ExportHook
{
    /// <summary>A delivery note as the ERP hands it to the add-on before goods issue.</summary>
    public sealed class DeliveryNote
    {
        public DeliveryNote(string number, string customer, string country, string eccn, DateTime goodsIssueDate)
        {
            Number = number;
            Customer = customer;
            Country = country;
            Eccn = eccn;
            GoodsIssueDate = goodsIssueDate;
        }

        public string Number { get; }
        public string Customer { get; }
        public string Country { get; }
        public string Eccn { get; }
        public DateTime GoodsIssueDate { get; }
    }

    /// <summary>
    /// The ERP's goods-issue hook: posts the goods issue only when the export is permitted on the
    /// goods-issue date, and otherwise blocks the delivery with the decision's explanation.
    /// </summary>
    public sealed class ErpShipmentHook
    {
        private readonly ExportPolicy _policy;

        public ErpShipmentHook(ExportPolicy policy)
        {
            _policy = policy;
        }

        public string OnGoodsIssue(DeliveryNote note)
        {
            var request = new ExportRequest(
                CalendarDate.FromDateTime(note.GoodsIssueDate),
                new Item(ItemKind.Commodity, Classification.Parse(note.Eccn)),
                new[] { Party.UltimateConsignee(note.Customer, note.Country) },
                reference: note.Number);

            var decision = _policy.Evaluate(request);
            if (!decision.IsPermitted)
            {
                return "blocked: " + decision.Summary;
            }
            PostGoodsIssue(request);
            return "posted: " + decision.Summary;
        }

        /// <summary>Posts the goods issue in the ERP; the goods leave the warehouse for the customer.</summary>
        [ExportFunction]
        private static void PostGoodsIssue(ExportRequest request)
        {
            // The ERP's goods-issue posting would go here.
        }
    }
}
