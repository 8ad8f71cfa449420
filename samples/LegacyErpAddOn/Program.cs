using System;
using PolicyKit;

namespace Contoso.Erp.ExportHook
{
    public static class Program
    {
        public static int Main()
        {
            var hook = new ErpShipmentHook(ExportPolicy.CreateDefault());
            var notes = new[]
            {
                new DeliveryNote("DN-4711", "Huawei Technologies Co., Ltd.", "CN", "EAR99", new DateTime(2019, 5, 15)),
                new DeliveryNote("DN-4712", "Huawei Technologies Co., Ltd.", "CN", "EAR99", new DateTime(2019, 5, 17)),
            };
            foreach (var note in notes)
            {
                Console.WriteLine(note.Number + " " + hook.OnGoodsIssue(note));
            }
            Console.WriteLine("runtime: " + typeof(object).Assembly.GetName().Name + ", PolicyKit built for "
                + ((System.Runtime.Versioning.TargetFrameworkAttribute)Attribute.GetCustomAttribute(
                    typeof(ExportPolicy).Assembly, typeof(System.Runtime.Versioning.TargetFrameworkAttribute))).FrameworkName);
            return 0;
        }
    }
}
