/* SQLite (libsqlite3-sys's bundled amalgamation) on an in-memory database:
 * bulk inserts through prepared statements, an index, aggregates, a join,
 * sorting, LIKE, updates and deletes; prints the query results.
 *
 * Built with SQLITE_OS_OTHER: WASI has no file locking, so this file
 * registers a minimal VFS (no files; deterministic randomness and time). */
#include "../common.h"
#include "sqlite3.h"

#define ROWS 40000

static int vfs_open(sqlite3_vfs *vfs, const char *name, sqlite3_file *file, int flags,
                    int *out_flags) {
  (void)vfs, (void)name, (void)file, (void)flags, (void)out_flags;
  return SQLITE_CANTOPEN;
}
static int vfs_delete(sqlite3_vfs *vfs, const char *name, int sync) {
  (void)vfs, (void)name, (void)sync;
  return SQLITE_IOERR_DELETE;
}
static int vfs_access(sqlite3_vfs *vfs, const char *name, int flags, int *out) {
  (void)vfs, (void)name, (void)flags;
  *out = 0;
  return SQLITE_OK;
}
static int vfs_full_pathname(sqlite3_vfs *vfs, const char *name, int n, char *out) {
  (void)vfs;
  sqlite3_snprintf(n, out, "%s", name);
  return SQLITE_OK;
}
static int vfs_randomness(sqlite3_vfs *vfs, int n, char *out) {
  (void)vfs;
  for (int i = 0; i < n; i++) out[i] = (char)rng_next();
  return n;
}
static int vfs_sleep(sqlite3_vfs *vfs, int micros) {
  (void)vfs;
  return micros;
}
static int vfs_current_time(sqlite3_vfs *vfs, double *out) {
  (void)vfs;
  *out = 2461000.5; /* A fixed Julian day. */
  return SQLITE_OK;
}
static int vfs_last_error(sqlite3_vfs *vfs, int n, char *out) {
  (void)vfs, (void)n, (void)out;
  return 0;
}

static sqlite3_vfs memory_vfs = {
    .iVersion = 1,
    .szOsFile = 0,
    .mxPathname = 512,
    .zName = "kindling-memory",
    .xOpen = vfs_open,
    .xDelete = vfs_delete,
    .xAccess = vfs_access,
    .xFullPathname = vfs_full_pathname,
    .xRandomness = vfs_randomness,
    .xSleep = vfs_sleep,
    .xCurrentTime = vfs_current_time,
    .xGetLastError = vfs_last_error,
};

int sqlite3_os_init(void) { return sqlite3_vfs_register(&memory_vfs, 1); }
int sqlite3_os_end(void) { return SQLITE_OK; }

static sqlite3 *db;

static void exec(const char *sql) {
  char *err = 0;
  if (sqlite3_exec(db, sql, 0, 0, &err) != SQLITE_OK) {
    printf("FAILED: %s: %s\n", sql, err);
    exit(1);
  }
}

static int print_row(void *tag, int n, char **values, char **names) {
  (void)names;
  printf("%s:", (const char *)tag);
  for (int i = 0; i < n; i++) printf(" %s", values[i] ? values[i] : "NULL");
  printf("\n");
  return 0;
}

static void query(const char *tag, const char *sql) {
  char *err = 0;
  if (sqlite3_exec(db, sql, print_row, (void *)tag, &err) != SQLITE_OK) {
    printf("FAILED: %s: %s\n", sql, err);
    exit(1);
  }
}

static void prepare(const char *sql, sqlite3_stmt **stmt) {
  if (sqlite3_prepare_v2(db, sql, -1, stmt, 0) != SQLITE_OK) {
    printf("FAILED: %s: %s\n", sql, sqlite3_errmsg(db));
    exit(1);
  }
}

int main(void) {
  rng_seed(42);
  if (sqlite3_open(":memory:", &db) != SQLITE_OK) fail("sqlite3_open");
  exec("PRAGMA cache_size = -65536");
  exec("CREATE TABLE customer (id INTEGER PRIMARY KEY, name TEXT, city TEXT, score REAL)");
  exec("CREATE TABLE orders (id INTEGER PRIMARY KEY, customer INTEGER, item TEXT, "
       "qty INTEGER, price REAL)");
  static const char *const cities[] = {"Lyon", "Oslo", "Quito", "Perth", "Accra",
                                       "Hanoi", "Lima", "Turku", "Cork", "Graz"};
  sqlite3_stmt *ins;
  exec("BEGIN");
  prepare("INSERT INTO customer (id, name, city, score) VALUES (?, ?, ?, ?)", &ins);
  for (int i = 1; i <= ROWS / 4; i++) {
    char name[32];
    const char *word = WORDS[rng_below(70)]; /* Two statements: a fixed order. */
    snprintf(name, sizeof name, "%s-%u", word, rng_below(100000));
    sqlite3_bind_int(ins, 1, i);
    sqlite3_bind_text(ins, 2, name, -1, SQLITE_TRANSIENT);
    sqlite3_bind_text(ins, 3, cities[rng_below(10)], -1, SQLITE_STATIC);
    sqlite3_bind_double(ins, 4, rng_below(10000) / 100.0);
    if (sqlite3_step(ins) != SQLITE_DONE) fail("insert customer");
    sqlite3_reset(ins);
  }
  sqlite3_finalize(ins);
  prepare("INSERT INTO orders (customer, item, qty, price) VALUES (?, ?, ?, ?)", &ins);
  for (int i = 0; i < ROWS; i++) {
    sqlite3_bind_int(ins, 1, 1 + (int)rng_below(ROWS / 4));
    sqlite3_bind_text(ins, 2, WORDS[rng_below(70)], -1, SQLITE_STATIC);
    sqlite3_bind_int(ins, 3, 1 + (int)rng_below(20));
    sqlite3_bind_double(ins, 4, (1 + rng_below(50000)) / 100.0);
    if (sqlite3_step(ins) != SQLITE_DONE) fail("insert order");
    sqlite3_reset(ins);
  }
  sqlite3_finalize(ins);
  exec("COMMIT");
  exec("CREATE INDEX orders_customer ON orders (customer)");
  exec("CREATE INDEX customer_city ON customer (city, score)");

  query("count", "SELECT COUNT(*), SUM(qty), printf('%.2f', SUM(qty * price)) FROM orders");
  query("by city", "SELECT c.city, COUNT(*), printf('%.2f', SUM(o.qty * o.price)) "
                   "FROM orders o JOIN customer c ON c.id = o.customer "
                   "GROUP BY c.city ORDER BY 3 DESC");
  query("top items", "SELECT item, SUM(qty) AS n FROM orders GROUP BY item "
                     "ORDER BY n DESC, item LIMIT 5");
  query("best", "SELECT c.name, printf('%.2f', SUM(o.qty * o.price)) AS total "
                "FROM customer c JOIN orders o ON o.customer = c.id "
                "GROUP BY c.id ORDER BY SUM(o.qty * o.price) DESC, c.id LIMIT 3");
  query("like", "SELECT COUNT(*) FROM customer WHERE name LIKE '%comp%'");
  query("range", "SELECT COUNT(*), printf('%.3f', AVG(score)) FROM customer "
                 "WHERE city = 'Oslo' AND score BETWEEN 20 AND 60");

  /* Point lookups through the primary key and the index. */
  sqlite3_stmt *get;
  prepare("SELECT SUM(qty) FROM orders WHERE customer = ?", &get);
  long long sum = 0;
  for (int i = 0; i < ROWS; i++) {
    sqlite3_bind_int(get, 1, 1 + (int)rng_below(ROWS / 4));
    if (sqlite3_step(get) != SQLITE_ROW) fail("lookup");
    sum += sqlite3_column_int64(get, 0);
    sqlite3_reset(get);
  }
  sqlite3_finalize(get);
  printf("lookups: %lld\n", sum);

  exec("UPDATE customer SET score = score * 1.1 WHERE city IN ('Lima', 'Cork')");
  exec("DELETE FROM orders WHERE qty > 15");
  query("after", "SELECT COUNT(*), printf('%.2f', SUM(qty * price)) FROM orders");
  query("sorted", "SELECT id, name FROM customer ORDER BY score DESC, name LIMIT 3");
  query("window", "SELECT city, name, score FROM (SELECT city, name, score, "
                  "row_number() OVER (PARTITION BY city ORDER BY score DESC, id) AS r "
                  "FROM customer) WHERE r = 1 ORDER BY city");
  query("cte", "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 50000) "
               "SELECT SUM(i % 7), COUNT(*) FROM n");
  sqlite3_close(db);
  printf("sqlite %s: ok\n", sqlite3_libversion());
  return 0;
}
