/* Lua 5.4 (lua-src's bundled copy) running a script of typical interpreter
 * work: recursion, closures, tables as arrays and hashes, string building
 * and pattern matching, sorting with a comparator, and floating point. */
#include <stdio.h>
#include <stdlib.h>

#include "lauxlib.h"
#include "lua.h"
#include "lualib.h"

void kindling_lua_throw(lua_State *L, int status) {
  const char *msg = lua_gettop(L) > 0 ? lua_tostring(L, -1) : 0;
  printf("FAILED: lua error %d: %s\n", status, msg ? msg : "(no message)");
  exit(1);
}

static const char SCRIPT[] =
    "local function fib(n) if n < 2 then return n end return fib(n - 1) + fib(n - 2) end\n"
    "print('fib', fib(27))\n"
    "\n"
    "-- A sieve in an array.\n"
    "local function sieve(n)\n"
    "  local composite, count = {}, 0\n"
    "  for i = 2, n do\n"
    "    if not composite[i] then\n"
    "      count = count + 1\n"
    "      for j = i * i, n, i do composite[j] = true end\n"
    "    end\n"
    "  end\n"
    "  return count\n"
    "end\n"
    "print('primes', sieve(2000000))\n"
    "\n"
    "-- Word frequencies in a hash table, then sorted.\n"
    "local words = {'alpha', 'beta', 'gamma', 'delta', 'epsilon', 'zeta', 'eta', 'theta',\n"
    "  'iota', 'kappa', 'lambda', 'mu', 'nu', 'xi', 'omicron', 'pi', 'rho', 'sigma'}\n"
    "local seed = 12345\n"
    "local function rand(n) seed = (seed * 1103515245 + 12345) % 2147483648; return (seed // 65536) % n end\n"
    "local parts = {}\n"
    "for i = 1, 200000 do\n"
    "  parts[#parts + 1] = words[rand(#words) + 1] .. (rand(4) == 0 and tostring(rand(100)) or '')\n"
    "end\n"
    "local text = table.concat(parts, ' ')\n"
    "local freq = {}\n"
    "for w in text:gmatch('%a+%d*') do freq[w] = (freq[w] or 0) + 1 end\n"
    "local keys = {}\n"
    "for k in pairs(freq) do keys[#keys + 1] = k end\n"
    "table.sort(keys, function(a, b) if freq[a] ~= freq[b] then return freq[a] > freq[b] end\n"
    "  return a < b end)\n"
    "print('distinct', #keys, 'top', keys[1], freq[keys[1]], keys[2], freq[keys[2]])\n"
    "local upper = text:sub(1, 200000):upper():gsub('A', '4')\n"
    "print('gsub', #upper, upper:sub(1, 24))\n"
    "\n"
    "-- Objects with metatables and closures.\n"
    "local Vec = {}\n"
    "Vec.__index = Vec\n"
    "function Vec.new(x, y) return setmetatable({x = x, y = y}, Vec) end\n"
    "function Vec.__add(a, b) return Vec.new(a.x + b.x, a.y + b.y) end\n"
    "function Vec:scale(k) return Vec.new(self.x * k, self.y * k) end\n"
    "local acc = Vec.new(0, 0)\n"
    "for i = 1, 300000 do acc = acc + Vec.new(i % 7, i % 11):scale(0.5) end\n"
    "print('vec', acc.x, acc.y)\n"
    "local function counter() local c = 0; return function() c = c + 1; return c end end\n"
    "local total = 0\n"
    "for i = 1, 1000 do local f = counter(); for j = 1, 300 do total = total + f() end end\n"
    "print('closures', total)\n"
    "\n"
    "-- Floating point: a small n-body step loop.\n"
    "local bodies = {}\n"
    "for i = 1, 5 do bodies[i] = {x = i, y = i * 0.5, z = -i, vx = 0, vy = 0, vz = 0, m = 1 / i} end\n"
    "for step = 1, 40000 do\n"
    "  for i = 1, #bodies do\n"
    "    local a = bodies[i]\n"
    "    for j = i + 1, #bodies do\n"
    "      local b = bodies[j]\n"
    "      local dx, dy, dz = a.x - b.x, a.y - b.y, a.z - b.z\n"
    "      local d2 = dx * dx + dy * dy + dz * dz + 0.01\n"
    "      local mag = 0.001 / (d2 * math.sqrt(d2))\n"
    "      a.vx = a.vx - dx * b.m * mag; a.vy = a.vy - dy * b.m * mag; a.vz = a.vz - dz * b.m * mag\n"
    "      b.vx = b.vx + dx * a.m * mag; b.vy = b.vy + dy * a.m * mag; b.vz = b.vz + dz * a.m * mag\n"
    "    end\n"
    "  end\n"
    "  for _, b in ipairs(bodies) do b.x = b.x + 0.001 * b.vx; b.y = b.y + 0.001 * b.vy;\n"
    "    b.z = b.z + 0.001 * b.vz end\n"
    "end\n"
    "print('nbody', string.format('%.9f %.9f', bodies[1].x, bodies[5].z))\n";

int main(void) {
  lua_State *L = luaL_newstate();
  if (!L) return 1;
  static const luaL_Reg libs[] = {{LUA_GNAME, luaopen_base},
                                  {LUA_TABLIBNAME, luaopen_table},
                                  {LUA_STRLIBNAME, luaopen_string},
                                  {LUA_MATHLIBNAME, luaopen_math},
                                  {LUA_UTF8LIBNAME, luaopen_utf8},
                                  {0, 0}};
  for (const luaL_Reg *lib = libs; lib->func; lib++) {
    luaL_requiref(L, lib->name, lib->func, 1);
    lua_pop(L, 1);
  }
  if (luaL_loadstring(L, SCRIPT) != LUA_OK) {
    printf("FAILED: %s\n", lua_tostring(L, -1));
    return 1;
  }
  lua_call(L, 0, 0);
  lua_close(L);
  printf("%s: ok\n", LUA_RELEASE);
  return 0;
}
