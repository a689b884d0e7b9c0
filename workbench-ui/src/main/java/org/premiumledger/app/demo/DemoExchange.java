package org.premiumledger.app.demo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.premiumledger.ledger.api.MoneyFormat;

/**
 * Generates the demo exchange's files, as the eligibility system, the processors, the lockbox bank
 * and our own bank would send them: an enrollment file of a few hundred households with three
 * issuers, then for every coverage month a card settlement report (Adyen), a wallet payout report
 * (Stripe), a third-party report (our generic layout), a lockbox deposit file and a NACHA file of
 * ACH debits. Some households fall behind, some card payments are charged back (and some of those
 * reversed), a few households are charged twice. Everything comes from one seeded random source, so
 * every run generates the same exchange.
 */
final class DemoExchange {

  /** One step of seeding: issue a month's bills, or import a file (with a fallback file). */
  sealed interface Step permits BillMonth, ImportFile {}

  record BillMonth(YearMonth coverageMonth, LocalDate issuedOn, List<String> accounts)
      implements Step {}

  /** {@code fallback}, when not null, carries the same payments in a format always understood. */
  record ImportFile(Path file, Path fallback) implements Step {}

  static final String[] ISSUERS = {"ISS-BLUEPINE", "ISS-HARBOR", "ISS-MERIDIAN"};
  private static final String[] FIRST = {
    "Ana", "Bo", "Carmen", "Dev", "Elena", "Farid", "Grace", "Hugo", "Ines", "Jamal", "Kim", "Luis"
  };
  private static final String[] LAST = {
    "Diaz", "Li", "Okafor", "Patel", "Rossi", "Nguyen", "Silva", "Cohen", "Murphy", "Haddad"
  };
  private static final String ADYEN_HEADER =
      "Company Account,Merchant Account,Psp Reference,Merchant Reference,Payment Method,"
          + "Creation Date,TimeZone,Type,Modification Reference,Gross Currency,Gross Debit (GC),"
          + "Gross Credit (GC),Exchange Rate,Net Currency,Net Debit (NC),Net Credit (NC),"
          + "Commission (NC),Markup (NC),Scheme Fees (NC),Interchange (NC),"
          + "Payment Method Variant,Modification Merchant Reference,Batch Number";
  private static final String STRIPE_HEADER =
      "balance_transaction_id,created_utc,currency,gross,fee,net,reporting_category,source_id,"
          + "automatic_payout_id,charge_id,payment_intent_id,payment_method_type,card_brand,"
          + "dispute_reason,payment_metadata[billing_account_id]";
  private static final String GENERIC_HEADER =
      "record_type,processor_reference,item_reference,rail,billing_account_id,amount,fee,"
          + "currency,occurred_at,batch_id,brand,last4";

  private final int households;
  private final YearMonth firstMonth;
  private final YearMonth lastMonth;
  private final Path directory;
  private final Random random = new Random(20_261_203L);
  private final NachaDemoFile nacha = new NachaDemoFile("021000021", "1234567890");

  DemoExchange(int households, YearMonth firstMonth, YearMonth lastMonth, Path directory) {
    this.households = households;
    this.firstMonth = firstMonth;
    this.lastMonth = lastMonth;
    this.directory = directory;
  }

  private record Household(
      String id,
      String name,
      String rail,
      YearMonth start,
      long grossCents,
      long aptcCents,
      YearMonth stopsPaying,
      String bankRouting,
      String bankAccount) {
    long netCents() {
      return grossCents - aptcCents;
    }
  }

  List<Step> generate() throws IOException {
    Files.createDirectories(directory);
    List<Household> people = households();
    List<Step> steps = new ArrayList<>();
    steps.add(new ImportFile(writeEnrollment(people), null));
    int sequence = 0;
    for (YearMonth month = firstMonth; !month.isAfter(lastMonth); month = month.plusMonths(1)) {
      sequence++;
      steps.add(
          new BillMonth(
              month, month.minusMonths(1).atDay(1), people.stream().map(Household::id).toList()));
      List<Household> paying = payingIn(people, month);
      steps.add(new ImportFile(writeAdyen(paying, month, sequence), null));
      steps.add(new ImportFile(writeStripe(paying, month), null));
      steps.add(new ImportFile(writeGeneric(paying, month, "third-party", "TP"), null));
      steps.add(new ImportFile(writeLockbox(paying, month), null));
      steps.add(
          new ImportFile(
              writeNacha(paying, month, sequence), writeGeneric(paying, month, "ach", "ACHFB")));
    }
    return steps;
  }

  private List<Household> households() {
    String[] rails = {"ach", "card", "card", "wallet", "third-party", "check"};
    List<Household> people = new ArrayList<>();
    for (int i = 1; i <= households; i++) {
      long gross = 35_000 + random.nextInt(60) * 1_000L + random.nextInt(100);
      long aptc = i % 3 == 0 ? 0 : gross * (40 + random.nextInt(50)) / 100;
      YearMonth start = i % 7 == 0 ? firstMonth.plusMonths(3) : firstMonth;
      YearMonth stops = i % 17 == 0 ? firstMonth.plusMonths(7) : null;
      String routing = NachaDemoFile.routingNumber(String.format("%08d", 11_000_000 + i * 7));
      people.add(
          new Household(
              String.format("HH-%05d", i),
              FIRST[i % FIRST.length] + " " + LAST[(i / FIRST.length) % LAST.length],
              rails[i % rails.length],
              start,
              gross,
              aptc,
              stops,
              routing,
              String.valueOf(4_000_000_000L + i * 7_919L)));
    }
    return people;
  }

  private static List<Household> payingIn(List<Household> people, YearMonth month) {
    return people.stream()
        .filter(person -> !month.isBefore(person.start()))
        .filter(person -> person.stopsPaying() == null || month.isBefore(person.stopsPaying()))
        .filter(person -> person.netCents() > 0)
        .toList();
  }

  private Path writeEnrollment(List<Household> people) throws IOException {
    StringBuilder file =
        new StringBuilder(
            "billing_account_id,subscriber_name,language,email,phone,notification_channel,"
                + "issuer_id,plan_id,coverage_start,coverage_end,effective_date,gross_premium,"
                + "aptc,state\n");
    int i = 0;
    for (Household person : people) {
      i++;
      String issuer = ISSUERS[i % ISSUERS.length];
      file.append(person.id())
          .append(',')
          .append(person.name())
          .append(',')
          .append(i % 4 == 0 ? "es" : "en")
          .append(',')
          .append(person.id().toLowerCase(java.util.Locale.ROOT))
          .append("@example.org,555-01")
          .append(String.format("%02d", i % 100))
          .append(',')
          .append(i % 5 == 0 ? "sms" : "email")
          .append(',')
          .append(issuer)
          .append(',')
          .append(issuer.substring(4, 7))
          .append(i % 2 == 0 ? "-SILVER" : "-GOLD")
          .append(',')
          .append(person.start().atDay(1))
          .append(",,,")
          .append(MoneyFormat.decimal(person.grossCents()))
          .append(',')
          .append(MoneyFormat.decimal(person.aptcCents()))
          .append(",MA\n");
    }
    return write("enrollment.csv", file.toString());
  }

  /** The day in month M-1 on which a household pays for coverage month M. */
  private static LocalDate paidOn(Household person, YearMonth month) {
    int day = 5 + Math.floorMod(person.id().hashCode(), 20);
    return month.minusMonths(1).atDay(day);
  }

  private Path writeAdyen(List<Household> paying, YearMonth month, int batch) throws IOException {
    StringBuilder file = new StringBuilder(ADYEN_HEADER).append('\n');
    long net = 0;
    LocalDate last = month.minusMonths(1).atDay(1);
    for (Household person : railOf(paying, "card")) {
      int charges = isDuplicateCharge(person, month) ? 2 : 1;
      for (int charge = 1; charge <= charges; charge++) {
        String psp = "ADY" + month.toString().replace("-", "") + person.id().substring(3) + charge;
        LocalDate on = paidOn(person, month).plusDays(charge - 1L);
        long fee = cardFee(person.netCents());
        net += person.netCents() - fee;
        last = on.isAfter(last) ? on : last;
        file.append(
            adyenLine(
                psp,
                person.id(),
                on,
                "Settled",
                0,
                person.netCents(),
                0,
                person.netCents() - fee,
                batch));
        if (isChargedBack(person, month) && charge == 1) {
          long chargebackFee = 1_500;
          net -= person.netCents() + chargebackFee;
          file.append(
              adyenLine(
                  psp,
                  person.id(),
                  on.plusDays(3),
                  "Chargeback",
                  person.netCents(),
                  0,
                  person.netCents() + chargebackFee,
                  0,
                  batch));
          if (person.id().hashCode() % 2 == 0) {
            net += person.netCents();
            file.append(
                adyenLine(
                    psp,
                    person.id(),
                    on.plusDays(6),
                    "ChargebackReversed",
                    0,
                    person.netCents(),
                    0,
                    person.netCents(),
                    batch));
          }
        }
      }
    }
    file.append(adyenLine("", "", last.plusDays(7), "MerchantPayout", 0, 0, net, 0, batch));
    return write("adyen-settlement-" + month + ".csv", file.toString());
  }

  private static String adyenLine(
      String psp,
      String account,
      LocalDate on,
      String type,
      long grossDebit,
      long grossCredit,
      long netDebit,
      long netCredit,
      int batch) {
    return String.join(
            ",",
            "HealthConnector",
            "HealthConnectorUS",
            psp,
            account,
            type.equals("MerchantPayout") ? "" : "visa",
            on + " 14:00:00",
            "UTC",
            type,
            type.equals("MerchantPayout") ? "PAYOUT-" + batch : "",
            "USD",
            amount(grossDebit),
            amount(grossCredit),
            "",
            "USD",
            amount(netDebit),
            amount(netCredit),
            "",
            "",
            "",
            "",
            type.equals("MerchantPayout") ? "" : "visacredit",
            "",
            String.valueOf(batch))
        + "\n";
  }

  private Path writeStripe(List<Household> paying, YearMonth month) throws IOException {
    StringBuilder file = new StringBuilder(STRIPE_HEADER).append('\n');
    String payout = "po_demo_" + month.toString().replace("-", "");
    int line = 0;
    for (Household person : railOf(paying, "wallet")) {
      line++;
      String intent = "pi_demo_" + month.toString().replace("-", "") + person.id().substring(3);
      long fee = cardFee(person.netCents());
      file.append(
          String.join(
                  ",",
                  "txn_" + payout + "_" + line,
                  paidOn(person, month) + " 16:30:00",
                  "usd",
                  MoneyFormat.decimal(person.netCents()),
                  MoneyFormat.decimal(fee),
                  MoneyFormat.decimal(person.netCents() - fee),
                  "charge",
                  "ch_" + intent.substring(3),
                  payout,
                  "ch_" + intent.substring(3),
                  intent,
                  "link",
                  "",
                  "",
                  person.id())
              + "\n");
    }
    return write("stripe-payout-reconciliation-" + month + ".csv", file.toString());
  }

  private Path writeGeneric(List<Household> paying, YearMonth month, String rail, String prefix)
      throws IOException {
    StringBuilder file = new StringBuilder(GENERIC_HEADER).append('\n');
    String batch = prefix + "-" + month;
    long net = 0;
    LocalDate last = month.minusMonths(1).atDay(1);
    for (Household person : railOf(paying, rail)) {
      LocalDate on = paidOn(person, month);
      last = on.isAfter(last) ? on : last;
      long fee = 100;
      net += person.netCents() - fee;
      file.append(
          String.join(
                  ",",
                  "payment",
                  prefix + "-" + month.toString().replace("-", "") + "-" + person.id(),
                  "",
                  "third-party",
                  person.id(),
                  MoneyFormat.decimal(person.netCents()),
                  MoneyFormat.decimal(fee),
                  "USD",
                  on.toString(),
                  batch,
                  "PayPal",
                  "")
              + "\n");
    }
    if (net > 0) {
      file.append(
          String.join(
                  ",",
                  "payout",
                  "PAYOUT-" + batch,
                  "",
                  "third-party",
                  "",
                  MoneyFormat.decimal(net),
                  "",
                  "USD",
                  last.plusDays(3).toString(),
                  batch,
                  "",
                  "")
              + "\n");
    }
    return write(
        "generic-" + prefix.toLowerCase(java.util.Locale.ROOT) + "-" + month + ".csv",
        file.toString());
  }

  private Path writeLockbox(List<Household> paying, YearMonth month) throws IOException {
    StringBuilder file =
        new StringBuilder("deposit_date,check_number,amount,payer_name,billing_account_id\n");
    int check = 1000;
    for (Household person : railOf(paying, "check")) {
      check++;
      file.append(paidOn(person, month).plusDays(2))
          .append(',')
          .append(month.toString().replace("-", ""))
          .append('-')
          .append(check)
          .append(',')
          .append(MoneyFormat.decimal(person.netCents()))
          .append(',')
          .append(person.name())
          .append(',')
          .append(person.id())
          .append('\n');
    }
    // a money order whose coupon was lost: it waits in suspense for staff to apply
    if (month.getMonthValue() % 4 == 0) {
      file.append(month.minusMonths(1).atDay(20))
          .append(",MO-")
          .append(month.toString().replace("-", ""))
          .append(",150.00,Unknown payer,\n");
    }
    return write("lockbox-" + month + ".csv", file.toString());
  }

  private Path writeNacha(List<Household> paying, YearMonth month, int sequence)
      throws IOException {
    List<NachaDemoFile.Debit> debits = new ArrayList<>();
    for (Household person : railOf(paying, "ach")) {
      debits.add(
          new NachaDemoFile.Debit(
              person.bankRouting(),
              person.bankAccount(),
              person.netCents(),
              person.id(),
              person.name()));
    }
    LocalDate effective = month.minusMonths(1).atEndOfMonth().minusDays(3);
    return write(
        "ach-debits-" + month + ".ach",
        nacha.write(effective.minusDays(2), effective, sequence, debits));
  }

  private static List<Household> railOf(List<Household> paying, String rail) {
    return paying.stream().filter(person -> person.rail().equals(rail)).toList();
  }

  private static boolean isDuplicateCharge(Household person, YearMonth month) {
    return month.getMonthValue() == 9 && Integer.parseInt(person.id().substring(3)) % 25 == 1;
  }

  private static boolean isChargedBack(Household person, YearMonth month) {
    return month.getMonthValue() == 6 && Integer.parseInt(person.id().substring(3)) % 20 == 2;
  }

  /** 2.9 % and 30 cents, rounded half up to the cent, in integers. */
  private static long cardFee(long cents) {
    return (cents * 29 + 500) / 1_000 + 30;
  }

  private static String amount(long cents) {
    return cents == 0 ? "" : MoneyFormat.decimal(cents);
  }

  private Path write(String name, String content) throws IOException {
    return Files.writeString(directory.resolve(name), content);
  }
}
